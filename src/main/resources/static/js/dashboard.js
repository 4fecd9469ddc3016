/* DenialFlow dashboard: draws the report figures embedded in the page with Chart.js and lists the
   denials behind a clicked bar from /dashboard/data/denials. Plain JavaScript, no build step. */
(function () {
  'use strict';
  var data = window.DENIALFLOW;
  var COLORS = ['#1f6feb', '#cf222e', '#1a7f37', '#9a6700', '#8250df', '#bf3989', '#0a7ea4', '#57606a'];

  // Which figures each chart draws, and whether its bars stand for denials of the period (periodBound)
  // or for open denials as of today (backlog).
  var SPECS = {
    trends: { report: 'trends', figures: [['denials', 'Denials', 'y', 'bar'], ['denial_rate', 'Denial rate %', 'y1', 'line']] },
    denialRateByPayer: { report: 'denial-rate?groupBy=payer', figures: [['denial_rate', 'Denial rate %'], ['dollar_denial_rate', 'Dollar denial rate %']], periodBound: true },
    topReasons: { report: 'top-reasons?groupBy=10', figures: [['denials', 'Denials']], periodBound: true, horizontal: true },
    backlogByAge: { report: 'backlog?groupBy=age', figures: [['denials', 'Open denials', 'y'], ['amount_at_risk', 'Money at risk', 'y1']] },
    backlogByDeadline: { report: 'backlog?groupBy=deadline', figures: [['denials', 'Open denials', 'y'], ['amount_at_risk', 'Money at risk', 'y1']] },
    backlogByTeam: { report: 'backlog?groupBy=team', figures: [['denials', 'Open denials', 'y'], ['amount_at_risk', 'Money at risk', 'y1']], open: true },
    preventable: { report: 'preventable', figures: [['denials', 'Denials']], periodBound: true },
    appealsByPayer: { report: 'appeal-success?groupBy=payer', figures: [['success_rate', 'Success rate %', 'y'], ['decided', 'Decided', 'y1']] },
    appealsByLevel: { report: 'appeal-success?groupBy=level', figures: [['success_rate', 'Success rate %', 'y'], ['decided', 'Decided', 'y1']] },
    timeByTeam: { report: 'time-to-resolution?groupBy=team', figures: [['days_to_appeal', 'Days to appeal'], ['days_to_resolve', 'Days to resolve']], periodBound: true }
  };

  function num(v) { return v === null || v === undefined ? null : Number(v); }

  function money(v) {
    return v === null || v === undefined ? '–' : '$' + Number(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function kpi(id, label, value, unit, definition, target) {
    var tile = document.getElementById('kpi-' + id);
    if (!tile) { return; }
    tile.querySelector('.kpi-label').textContent = label;
    tile.querySelector('.value').textContent = value === null || value === undefined ? '–' : String(value);
    tile.querySelector('.unit').textContent = unit;
    tile.querySelector('.kpi-def').textContent = definition;
    tile.querySelector('.kpi-target').textContent = target ? 'target ' + target : '';
    tile.setAttribute('data-loaded', 'true');
  }

  // The headline figures are the totals of the reports the charts draw (and two that have no chart).
  var HEADLINES = {
    denialRateByPayer: function (t) {
      kpi('denial-rate', 'Initial denial rate', t.denial_rate, '%', 'claims denied / claims adjudicated (' + t.denied_claims + ' of ' + t.claims + ')', 'below 5%');
      kpi('dollar-denial-rate', 'Dollar denial rate', t.dollar_denial_rate, '%', 'dollars denied / dollars adjudicated (' + money(t.denied_amount) + ' of ' + money(t.billed) + ')', 'below 5%');
    },
    appealsByPayer: function (t) {
      kpi('appeal-success', 'Appeal success', t.success_rate, '%', 'overturned fully or in part / decided (' + t.decided + ' decided); recovered ' + money(t.recovered));
    },
    backlogByAge: function (t) {
      kpi('open-backlog', 'Open denials', t.denials, '', money(t.amount_at_risk) + ' at risk; ' + t.past_deadline + ' past their deadline');
    },
    timeByTeam: function (t) {
      kpi('days-to-appeal', 'Days to appeal', t.days_to_appeal, 'days', 'mean days from denial to the first appeal submitted', 'within 30 days');
      kpi('days-to-resolve', 'Days to resolve', t.days_to_resolve, 'days', 'mean days from denial to resolution (' + t.resolved + ' resolved of ' + t.denials + ')');
    },
    preventable: function (t) {
      kpi('preventable', 'Preventable share', t.share, '%', 'denials from registration and eligibility, authorization, coding or documentation / all denials (' + t.preventable + ' of ' + t.denials + ')');
    }
  };

  function fetchReport(path) {
    var sep = path.indexOf('?') < 0 ? '?' : '&';
    return fetch('/dashboard/data/reports/' + path + sep + 'from=' + data.period.from + '&to=' + data.period.to,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); });
  }

  function load(name) {
    var spec = SPECS[name];
    return fetchReport(spec.report).then(function (report) {
      if (HEADLINES[name]) { HEADLINES[name](report.totals); }
      draw(name, report);
    }).catch(function (e) {
      var figure = document.querySelector('[data-chart="' + name + '"]');
      if (figure) { figure.querySelector('.def').textContent = 'Could not load: ' + e.message; }
    });
  }

  function draw(name, report) {
    var spec = SPECS[name];
    var figure = document.querySelector('[data-chart="' + name + '"]');
    if (!report || !spec || !figure) { return; }
    var defs = report.columns.filter(function (c) { return c.definition; })
      .map(function (c) { return c.label + ': ' + c.definition; });
    figure.querySelector('.def').textContent = report.definition + ' (' + defs.join('; ') + ')';
    var rows = report.rows;
    var twoAxes = spec.figures.some(function (f) { return f[2] === 'y1'; });
    var chart = new Chart(document.getElementById('chart-' + name), {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.label === null ? r.group_key : String(r.label); }),
        datasets: spec.figures.map(function (f, i) {
          return {
            type: f[3] || 'bar', label: f[1], yAxisID: f[2] || 'y', backgroundColor: COLORS[i], borderColor: COLORS[i],
            data: rows.map(function (r) { return num(r[f[0]]); })
          };
        })
      },
      options: {
        maintainAspectRatio: false, animation: false, indexAxis: spec.horizontal ? 'y' : 'x',
        scales: twoAxes ? { y: { beginAtZero: true, position: 'left' }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } : {},
        onHover: function (evt, elements) { evt.native.target.style.cursor = elements.length && report.drillDown ? 'pointer' : 'default'; },
        onClick: function (evt, elements) {
          if (!elements.length || !report.drillDown) { return; }
          var row = rows[elements[0].index];
          var filter = {};
          filter[report.drillDown] = row.group_key;
          if (spec.periodBound) { filter.from = data.period.from; filter.to = data.period.to; }
          if (spec.open) { filter.status = 'OPEN'; }
          drill(filter, figure.querySelector('figcaption').textContent + ': ' + (row.label || row.group_key), 0);
        }
      }
    });
    figure.setAttribute('data-rows', String(rows.length));
    return chart;
  }

  var current = null;

  function query(filter, page) {
    var params = new URLSearchParams();
    Object.keys(filter).forEach(function (k) { params.set(k, filter[k]); });
    if (page !== undefined) { params.set('page', page); params.set('size', 50); }
    return params.toString();
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  function drill(filter, title, page) {
    current = { filter: filter, title: title, page: page };
    var section = document.getElementById('drilldown');
    section.hidden = false;
    document.getElementById('drilldown-title').textContent = title;
    document.getElementById('drilldown-csv').href = '/dashboard/data/denials.csv?' + query(filter);
    fetch('/dashboard/data/denials?' + query(filter, page), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (result) {
        var body = document.querySelector('#drilldown-table tbody');
        body.innerHTML = '';
        result.items.forEach(function (d) {
          var tr = document.createElement('tr');
          tr.className = 'denial-row';
          cell(tr, d.id);
          cell(tr, d.claimNumber || d.patientControlNumber);
          cell(tr, d.payerName || d.payerKey);
          cell(tr, d.reason);
          cell(tr, [d.category, d.subcategory].filter(Boolean).join(' / '));
          cell(tr, d.team);
          cell(tr, d.status);
          cell(tr, d.stage);
          cell(tr, d.deniedOn);
          cell(tr, d.amountAtRisk, 'num');
          cell(tr, d.deadline);
          cell(tr, d.appealLevel, 'num');
          cell(tr, d.outcome);
          cell(tr, d.recoveredAmount, 'num');
          cell(tr, d.resolvedOn);
          cell(tr, d.daysToResolve, 'num');
          var link = cell(tr, '');
          if (d.processInstanceId) {
            var a = document.createElement('a');
            a.href = '/camunda/app/cockpit/default/#/process-instance/' + encodeURIComponent(d.processInstanceId);
            a.textContent = 'Cockpit';
            a.className = 'cockpit-link';
            link.appendChild(a);
          }
          body.appendChild(tr);
        });
        var pages = Math.max(1, Math.ceil(result.total / result.size));
        document.getElementById('drilldown-count').textContent = result.total + ' denials';
        document.getElementById('drilldown-page').textContent = 'page ' + (result.page + 1) + ' of ' + pages;
        document.getElementById('drilldown-prev').disabled = result.page === 0;
        document.getElementById('drilldown-next').disabled = result.page + 1 >= pages;
        section.setAttribute('data-loaded', 'true');
        section.scrollIntoView({ behavior: 'auto', block: 'start' });
      })
      .catch(function (e) { document.getElementById('drilldown-count').textContent = 'Could not load the denials: ' + e.message; });
  }

  document.getElementById('drilldown-prev').addEventListener('click', function () {
    if (current && current.page > 0) { drill(current.filter, current.title, current.page - 1); }
  });
  document.getElementById('drilldown-next').addEventListener('click', function () {
    if (current) { drill(current.filter, current.title, current.page + 1); }
  });

  var loads = Object.keys(SPECS).map(load);
  loads.push(fetchReport('clean-claim-rate?groupBy=payer').then(function (r) {
    var t = r.totals;
    kpi('clean-claim-rate', 'Clean-claim rate', t.clean_claim_rate, '%', 'claims accepted without rejection / claims acknowledged (' + t.clean_claims + ' of ' + t.claims + ')', '95% or more');
  }));
  loads.push(fetchReport('write-offs?groupBy=payer').then(function (r) {
    var t = r.totals;
    kpi('write-offs', 'Write-offs', t.share_of_net_revenue, '% of net revenue', money(t.written_off) + ' written off / ' + money(t.net_revenue) + ' paid', 'below 1%');
  }));
  Promise.all(loads).then(function () { document.body.setAttribute('data-charts-ready', 'true'); });
})();
