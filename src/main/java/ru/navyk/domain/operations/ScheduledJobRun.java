package ru.navyk.domain.operations;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.navyk.domain.shared.InstantConverter;

/** One run of a scheduled job: which node ran it, when, and how it ended. */
@Entity
@Table(name = "scheduled_job_run")
public class ScheduledJobRun {

    /** How a run ended; {@code RUNNING} until it does (or forever, if its node died). */
    public enum Outcome {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public static final int DETAIL_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_name", nullable = false, length = 100)
    private String jobName;

    @Column(name = "node", nullable = false, length = 200)
    private String node;

    @Column(name = "started_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant startedAt;

    @Column(name = "finished_at")
    @Convert(converter = InstantConverter.class)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected ScheduledJobRun() {
    }

    public ScheduledJobRun(String jobName, String node, Instant startedAt) {
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.outcome = Outcome.RUNNING;
    }

    public void finish(Outcome result, String summary, Instant at) {
        this.outcome = result;
        this.finishedAt = at;
        this.detail = summary == null || summary.length() <= DETAIL_LENGTH ? summary
                : summary.substring(0, DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
