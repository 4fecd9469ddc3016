package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportChannel;
import org.denialflow.ingest.ImportResult;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.Samples;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives denials through the lifecycle in tests: imports a real sample remittance (pyx12's 835, a Medicaid
 * claim denied CO-16 N14 on 28 Oct 2004) with its own claim numbers and the denial code of the route under
 * test, completes tasks as a user, and fires timers by moving the engine clock to them.
 */
public class LifecycleDriver {

    public static final String SAMPLE = "pyx12__835_mult_loops.txt";
    /** A few days after the sample's remittance date, so its deadlines lie ahead. */
    public static final Date SAMPLE_TODAY = Date.from(LocalDate.of(2004, 11, 2).atStartOfDay(ZoneId.of("America/New_York"))
            .toInstant());

    private final ImportService imports;
    private final DenialRepository denials;
    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    public LifecycleDriver(ImportService imports, DenialRepository denials, JdbcClient jdbc, RuntimeService runtimeService,
                           TaskService taskService, ManagementService managementService,
                           IdentityService identityService) {
        this.imports = imports;
        this.denials = denials;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    /** The sample with claim numbers suffixed by {@code tag}, its primary denial code and filing indicator replaced. */
    public static byte[] remittance(String tag, String groupAndCarc, String rarc, String filingIndicator) {
        String text = Samples.text(SAMPLE)
                .replace("2005555A", "2005555A" + tag).replace("4276512332", "4276512332" + tag)
                .replace("000238388", String.format("%09d", 238000000L + Math.abs(tag.hashCode() % 100000)))
                .replace("CAS*CO*16*500.04", "CAS*" + groupAndCarc.replace('-', '*') + "*500.04")
                .replace("*MC*4276512332", "*" + filingIndicator + "*4276512332");
        if (rarc != null) {
            text = text.replaceFirst("LQ\\*HE\\*N14", "LQ*HE*" + rarc);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The same claim paid on a later remittance (in full, or {@code amount}). */
    public static byte[] payment(String tag, String amount) {
        return Samples.text(SAMPLE)
                .replace("2005555A", "2005555A" + tag).replace("4276512332", "4276512332" + tag)
                .replace("000238388", String.format("%09d", 339000000L + Math.abs(tag.hashCode() % 100000)))
                .replace("BPR*H*0*C*NON", "BPR*I*" + amount + "*C*CHK")
                .replace("TRN*1*000000000*", "TRN*1*0000007" + Math.abs(tag.hashCode() % 100) + "*")
                .replace("CLP*2005555A" + tag + "*4*915.39*0**", "CLP*2005555A" + tag + "*1*915.39*" + amount + "**")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    public Denial importDenial(String tag, String groupAndCarc, String rarc, String filingIndicator) {
        ImportResult result = imports.importFile("remit-" + tag + ".835", remittance(tag, groupAndCarc, rarc, filingIndicator),
                ImportChannel.UPLOAD, "beatrice");
        assertThat(result.counts().denied + result.counts().partiallyDenied).as(result.message() + result.problems())
                .isEqualTo(1);
        long id = jdbc.sql("select id from denial where import_id = ?").param(result.importId()).query(Long.class).single();
        return denials.get(id);
    }

    public ImportResult pay(String tag, String amount) {
        return imports.importFile("paid-" + tag + ".835", payment(tag, amount), ImportChannel.UPLOAD, "beatrice");
    }

    public ProcessInstance instance(Denial denial) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(denial.id()))
                .processDefinitionKey(ProcessVariables.DENIAL_PROCESS).singleResult();
    }

    public List<String> instanceIds(long businessKey) {
        List<String> ids = new ArrayList<>();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(businessKey)).list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    public Task task(long denialId, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(denialId))
                .taskDefinitionKey(key).list();
        assertThat(tasks).as("open " + key + " tasks of " + denialId + " (open: " + openTaskKeys(denialId) + ")")
                .hasSize(1);
        return tasks.get(0);
    }

    public List<String> openTaskKeys(long denialId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(denialId)).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    /** Completes the task as {@code user}, with form values given as key, value, key, value... */
    public void complete(long denialId, String key, String user, Object... values) {
        Task task = task(denialId, key);
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            variables.put((String) values[i], values[i + 1]);
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
        identityService.setAuthentication(user, groups);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Moves the engine clock to the timer's due date and executes it; returns the job's due date. */
    public Date fireTimer(long businessKey, String activityId) {
        Job job = timer(businessKey, activityId);
        assertThat(job).as("timer " + activityId + " of " + businessKey).isNotNull();
        Date due = job.getDuedate();
        if (due.after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
        }
        managementService.executeJob(job.getId());
        return due;
    }

    public Job timer(long businessKey, String activityId) {
        List<String> ids = instanceIds(businessKey);
        return managementService.createJobQuery().timers().activityId(activityId).list().stream()
                .filter(j -> ids.contains(j.getProcessInstanceId())).findFirst().orElse(null);
    }

    public String stage(long denialId) {
        return jdbc.sql("select stage from denial where id = ?").param(denialId).query(String.class).single();
    }

    public List<String> auditActions(long denialId) {
        return jdbc.sql("select action from audit_entry where subject_type = 'DENIAL' and subject_id = ? order by id")
                .param(denialId).query(String.class).list();
    }
}
