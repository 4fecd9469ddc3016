package org.denialflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.net.http.HttpClient;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.support.H2ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.NoOpResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.util.MultiValueMap;

/** The reports and the tracking log over REST and the dashboard's login, as real users call them. */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class ReportApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void load() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T16:00:00Z")));
        ReportFixture.clear(jdbc);
        new ReportFixture(jdbc).load();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void reportsAreForSupervisorsAndProcessOwners() {
        String url = "/api/reports/denial-rate?from=2026-03-01&to=2026-03-31&groupBy=payer";
        ResponseEntity<Map> bySofia = rest.withBasicAuth("sofia", "demo").getForEntity(url, Map.class);
        assertThat(bySofia.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Map<?, ?>) bySofia.getBody().get("totals")).get("claims")).isEqualTo(15);
        assertThat(bySofia.getBody().get("definition").toString()).contains("adjudicated");
        assertThat(rest.withBasicAuth("pablo", "demo").getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("beatrice", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("sofia", "demo").getForEntity("/api/reports/no-such-report", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aReportAsCsv() {
        ResponseEntity<String> csv = rest.withBasicAuth("sofia", "demo")
                .getForEntity("/api/reports/denial-rate.csv?from=2026-03-01&to=2026-03-31", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("group_key,label,claims,denied_claims,denial_rate,billed,denied_amount,dollar_denial_rate");
        assertThat(lines).contains("acme,ACME Health,10,3,30.0,1000.00,240.00,24.0", "TOTAL,,15,4,26.7,2000.00,440.00,22.0");

        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> negotiated = rest.withBasicAuth("sofia", "demo").exchange(
                "/api/reports/backlog", HttpMethod.GET, new HttpEntity<>(accept), String.class);
        assertThat(negotiated.getBody()).startsWith("group_key,label,denials,amount_at_risk,past_deadline");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTrackingLogFiltersAndPages() {
        Map<?, ?> open = get("sofia", "/api/denials?payer=acme&status=open");
        assertThat(open.get("total")).isEqualTo(1);
        @SuppressWarnings("unchecked") Map<String, Object> d2 = (Map<String, Object>) ((List<?>) open.get("items")).get(0);
        assertThat(d2).containsEntry("reason", "CO-197").containsEntry("team", "FRONT_OFFICE")
                .containsEntry("deadline", "2026-04-10").containsEntry("daysToDeadline", -5).containsEntry("appealLevel", 1)
                .containsEntry("appealDecision", "UPHELD");
        assertThat(get("sofia", "/api/denials?reason=CO-50").get("total")).isEqualTo(2);
        assertThat(get("sofia", "/api/denials?reason=50&payer=beta").get("total")).isEqualTo(1);
        assertThat(get("sofia", "/api/denials?category=CLINICAL&minAmount=150").get("total")).isEqualTo(1);
        assertThat(get("sofia", "/api/denials?from=2026-03-01&to=2026-03-31&maxAmount=100").get("total")).isEqualTo(3);
        assertThat(get("sofia", "/api/denials?team=front-office").get("total")).isEqualTo(1);
        assertThat(get("sofia", "/api/denials?age=over 120").get("total")).isEqualTo(1);
        assertThat(get("sofia", "/api/denials?deadline=past deadline").get("total")).isEqualTo(1);
        assertThat(get("sofia", "/api/denials?rootCause=DOCUMENTATION").get("total")).isEqualTo(2);
        assertThat(get("sofia", "/api/denials?month=2026-03").get("total")).isEqualTo(4);
        assertThat(get("sofia", "/api/denials?outcome=written_off").get("total")).isEqualTo(1);
        Map<?, ?> page = get("sofia", "/api/denials?size=2&page=1");
        assertThat(page.get("total")).isEqualTo(5);
        assertThat((List<?>) page.get("items")).hasSize(2);
        Map<?, ?> closed = get("sofia", "/api/denials?outcome=OVERTURNED_ON_APPEAL");
        assertThat((Map<String, Object>) ((List<?>) closed.get("items")).get(0)).containsEntry("resolvedOn", "2026-04-01")
                .containsEntry("daysToResolve", 30).containsEntry("recoveredAmount", 100.0);
    }

    @Test
    void staffSeeTheirOwnTeamsDenialsOnly() {
        assertThat(get("claire", "/api/denials").get("total")).isEqualTo(2);
        assertThat(get("carlos", "/api/denials").get("total")).isEqualTo(0);
        assertThat(get("beatrice", "/api/denials?team=CDI").get("total")).isEqualTo(0);
    }

    @Test
    void theTrackingLogAsCsv() {
        ResponseEntity<String> csv = rest.withBasicAuth("sofia", "demo").getForEntity("/api/denials.csv?payer=beta", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("denial_id,payer,payer_name,claim_number,").contains("days_to_resolve");
        assertThat(lines.get(1)).contains(",beta,Beta Care,", ",CO-50,", ",2026-03-20,200.00,2026-05-01,16,0,");
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> negotiated = rest.withBasicAuth("sofia", "demo").exchange("/api/denials?payer=acme",
                HttpMethod.GET, new HttpEntity<>(accept), String.class);
        assertThat(negotiated.getBody().lines().count()).isEqualTo(4);
    }

    @Test
    void theDashboardAsksForALoginAndAdmitsOnlySupervisorsAndProcessOwners() {
        ResponseEntity<String> anonymous = browser().getForEntity("/dashboard", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/dashboard/login");

        String billing = logIn("beatrice");
        assertThat(getWithSession("/dashboard", billing).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(getWithSession("/dashboard/data/reports/backlog", billing).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        String supervisor = logIn("sofia");
        ResponseEntity<String> page = getWithSession("/dashboard?from=2026-03-01&to=2026-03-31", supervisor);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("chart-trends", "kpi-denial-rate", "/vendor/chartjs/chart.umd.js");
        ResponseEntity<String> figures = getWithSession("/dashboard/data/reports/denial-rate?from=2026-03-01&to=2026-03-31", supervisor);
        assertThat(figures.getBody()).contains("\"claims\":15", "\"denial_rate\":26.7");
        ResponseEntity<String> drill = getWithSession("/dashboard/data/denials?payer=acme", supervisor);
        assertThat(drill.getBody()).contains("\"total\":3");
    }

    private Map<?, ?> get(String user, String url) {
        ResponseEntity<Map> response = rest.withBasicAuth(user, "demo").getForEntity(url, Map.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** Logs in through the dashboard's form (with its CSRF token) and returns the session cookie. */
    private String logIn(String user) {
        ResponseEntity<String> form = rest.getForEntity("/dashboard/login", String.class);
        String cookie = form.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("username", user);
        body.add("password", "demo");
        body.add("_csrf", token.group(1));
        ResponseEntity<String> result = browser().postForEntity("/dashboard/login", new HttpEntity<>(body, headers), String.class);
        assertThat(result.getStatusCode()).as(result.getHeaders() + " " + result.getBody()).isEqualTo(HttpStatus.FOUND);
        assertThat(result.getHeaders().getLocation().getPath()).isEqualTo("/dashboard");
        String session = result.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return session == null ? cookie : session.split(";")[0];
    }

    private ResponseEntity<String> getWithSession(String url, String cookie) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        return browser().exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** A client that, unlike the test template, shows redirects instead of following them. */
    private RestTemplate browser() {
        RestTemplate client = new RestTemplateBuilder()
                .requestFactory(() -> new JdkClientHttpRequestFactory(
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
                .uriTemplateHandler(rest.getRestTemplate().getUriTemplateHandler()).build();
        client.setErrorHandler(new NoOpResponseErrorHandler());
        return client;
    }
}
