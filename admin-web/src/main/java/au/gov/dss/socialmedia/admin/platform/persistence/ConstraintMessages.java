package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;

/**
 * What a person is told when the database refuses a change: each constraint a person can meet (a value already
 * taken, a reference to something that is not there, a rule of the schema) maps to the field of the form and a
 * message of the resource bundle. The app checks these before it writes, so the database says so only when two
 * people race; the rest of the schema's constraints keep the app's own bookkeeping right and are listed as
 * {@link #INTERNAL}, so that a new constraint must be put in one list or the other (a test checks the schema).
 * <p>
 * A constraint is known by what it constrains, which both databases report: {@code unique:table(columns)},
 * {@code references:table(columns)}, or {@code check:name}.
 */
public final class ConstraintMessages {

    /**
     * Where a constraint's refusal is shown and what it says.
     *
     * @param field the field of the form
     * @param messageKey the message in the resource bundle
     */
    public record Message(String field, String messageKey) {
    }

    /** The constraints a person can meet, and what they are told. */
    public static final Map<String, Message> MESSAGES = Map.ofEntries(
            Map.entry("unique:social_media_account(handle_or_url,platform)",
                    new Message("address", "constraint.account.address")),
            Map.entry("unique:employee(work_email)", new Message("workEmail", "constraint.employee.workEmail")),
            Map.entry("unique:employee(id)", new Message("employeeNumber", "constraint.employee.number")),
            Map.entry("unique:app_user(username)", new Message("username", "constraint.user.username")),
            Map.entry("unique:app_user(employee_id)", new Message("employee", "constraint.user.employee")),
            Map.entry("check:app_user_username_lower", new Message("username", "constraint.user.usernameLower")),
            Map.entry("check:authorisation_period", new Message("until", "constraint.authorisation.period")),
            Map.entry("check:initiative_planned_period", new Message("plannedEnd", "constraint.initiative.period")),
            Map.entry("references:social_media_account(administrator)",
                    new Message("administrator", "constraint.unknownEmployee")),
            Map.entry("references:social_media_account(owning_area)",
                    new Message("owningArea", "constraint.unknownArea")),
            Map.entry("references:employee(business_area)", new Message("businessArea", "constraint.unknownArea")),
            Map.entry("references:authorisation(holder)", new Message("holder", "constraint.unknownEmployee")),
            Map.entry("references:authorisation_account(account_id)",
                    new Message("accounts", "constraint.unknownAccount")),
            Map.entry("references:initiative(sponsoring_area)",
                    new Message("sponsoringArea", "constraint.unknownArea")),
            Map.entry("references:app_user(employee_id)", new Message("employee", "constraint.unknownEmployee")),
            Map.entry("references:official_post(account_id)", new Message("account", "constraint.unknownAccount")),
            Map.entry("references:public_comment(account_id)", new Message("account", "constraint.unknownAccount")),
            Map.entry("references:post_speaks_for(area_code)",
                    new Message("speaksFor", "constraint.unknownArea")),
            Map.entry("references:post_consent(area_code)",
                    new Message("speaksFor", "constraint.unknownArea")),
            Map.entry("references:post_consent_refusal(area_code)",
                    new Message("speaksFor", "constraint.unknownArea")));

    /**
     * The constraints only the app's own bookkeeping can meet (generated ids, positions in a list, rows that belong
     * to a parent row, the audit chain), never what a person types: a refusal of one is a fault, not a message.
     */
    public static final Set<String> INTERNAL = Set.of(
            "unique:business_area(code)", "unique:social_media_account(id)", "unique:authorisation(id)",
            "unique:authorisation_account(account_id,authorisation_id)",
            "unique:authorisation_activity(activity,authorisation_id)", "unique:authorisation_status_change(id)",
            "unique:authorisation_status_change(authorisation_id,list_index)",
            "references:authorisation_account(authorisation_id)", "references:authorisation_activity(authorisation_id)",
            "references:authorisation_status_change(authorisation_id)",
            "unique:initiative(id)", "unique:initiative_channel(id)", "unique:initiative_channel(initiative_id,list_index)",
            "unique:initiative_risk(id)", "unique:initiative_risk(initiative_id,list_index)",
            "unique:initiative_risk_control(id)", "unique:initiative_risk_control(list_index,risk_id)",
            "unique:initiative_decision(id)", "unique:initiative_decision(initiative_id,list_index)",
            "references:initiative(submitter)", "references:initiative_channel(initiative_id)",
            "references:initiative_risk(initiative_id)", "references:initiative_risk_control(risk_id)",
            "references:initiative_decision(initiative_id)",
            "unique:official_post(id)", "references:official_post(author)",
            "unique:post_contributor(employee_id,post_id)", "references:post_contributor(post_id)",
            "unique:post_speaks_for(area_code,post_id)", "references:post_speaks_for(post_id)",
            "unique:post_media(id)", "unique:post_media(list_index,post_id)",
            "references:post_media(post_id)",
            "unique:post_source(id)", "unique:post_source(list_index,post_id)",
            "references:post_source(post_id)",
            "unique:post_consent(id)", "unique:post_consent(list_index,post_id)",
            "references:post_consent(post_id)",
            "unique:post_finding(id)", "unique:post_finding(list_index,post_id)",
            "references:post_finding(post_id)",
            "unique:post_acknowledgement(id)", "unique:post_acknowledgement(list_index,post_id)",
            "references:post_acknowledgement(post_id)",
            "unique:post_consent_refusal(id)", "unique:post_consent_refusal(list_index,post_id)",
            "references:post_consent_refusal(post_id)",
            "unique:public_comment(id)", "unique:comment_finding(id)",
            "unique:comment_finding(comment_id,list_index)", "references:comment_finding(comment_id)",
            "unique:app_user_role(role_name,username)", "references:app_user_role(username)",
            "unique:audit_entry(seq)", "unique:audit_head(id)", "unique:record_subject(record_id,subject_id,subject_kind)",
            "unique:record_outbox(event_id)", "check:record_outbox_status", "unique:flyway_schema_history(installed_rank)",
            "unique:self_check_day(checked_on)");

    private static final Pattern H2_UNIQUE = Pattern.compile("ON \"?PUBLIC\"?\\.\"?(\\w+)\"?\\(([^)]*)\\)");
    private static final Pattern H2_REFERENCE = Pattern.compile("\\.\"?(\\w+)\"? FOREIGN KEY\\(([^)]*)\\)");
    private static final Pattern H2_CHECK = Pattern.compile("[Cc]heck constraint violation: \"(?:\\w+\\.)?(\\w+)");
    private static final Pattern PG_KEY = Pattern.compile("Key \\(([^)]*)\\)");
    private static final Pattern PG_TABLE = Pattern.compile("(?:relation|table) \"(\\w+)\"");
    private static final Pattern PG_CONSTRAINT = Pattern.compile("constraint \"(\\w+)\"");

    private ConstraintMessages() {
    }

    /** The refusal to show for the database's refusal, when it is one a person can meet. */
    public static Optional<InvalidInputException> translate(Throwable failure) {
        return constraint(failure).map(MESSAGES::get).map(message -> new InvalidInputException(message.field(),
                message.messageKey(), "", "the database refused the value of " + message.field()));
    }

    /** The constraint the database refused the change for ({@code unique:table(columns)}...), if it says so. */
    public static Optional<String> constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Optional.ofNullable(identify(sql.getSQLState(), String.valueOf(sql.getMessage()),
                        reportedTable(sql)));
            }
        }
        return Optional.empty();
    }

    /** The table PostgreSQL reports with a refusal (its message names only the constraint), or null. */
    private static String reportedTable(SQLException sql) {
        return sql instanceof PSQLException pg && pg.getServerErrorMessage() != null
                ? pg.getServerErrorMessage().getTable() : null;
    }

    /**
     * The constraint named in a refusal's SQL state and message, as H2 and PostgreSQL write them.
     *
     * @param state the SQL state
     * @param message the database's message
     * @param table the table the database reported apart from its message, or null
     * @return the constraint's key, or null when the message does not say
     */
    static String identify(String state, String message, String table) {
        switch (state) {
            case "23505": {
                Matcher h2 = H2_UNIQUE.matcher(message);
                if (h2.find()) {
                    return key("unique", h2.group(1), h2.group(2));
                }
                Matcher key = PG_KEY.matcher(message);
                Matcher named = PG_TABLE.matcher(message);
                String on = table != null ? table : named.find() ? named.group(1) : tableOf(constraintName(message));
                return key.find() ? key("unique", on, key.group(1)) : null;
            }
            case "23503", "23506": {
                Matcher h2 = H2_REFERENCE.matcher(message);
                if (h2.find()) {
                    return key("references", h2.group(1), h2.group(2));
                }
                Matcher key = PG_KEY.matcher(message);
                Matcher named = PG_TABLE.matcher(message);
                String on = table != null ? table : named.find() ? named.group(1) : null;
                return key.find() && on != null ? key("references", on, key.group(1)) : null;
            }
            case "23513", "23514": {
                Matcher h2 = H2_CHECK.matcher(message);
                if (h2.find()) {
                    return "check:" + h2.group(1).toLowerCase(Locale.ROOT);
                }
                String name = constraintName(message);
                return name == null ? null : "check:" + name.toLowerCase(Locale.ROOT);
            }
            default:
                return null;
        }
    }

    /** The key of a constraint over the columns of a table: lower case, columns sorted. */
    public static String key(String kind, String table, String columns) {
        String sorted = Arrays.stream(columns.split(","))
                .map(column -> column.replaceAll("(?i)\\s+NULLS (FIRST|LAST)|\\s+(ASC|DESC)|\"", "").strip()
                        .toLowerCase(Locale.ROOT))
                .filter(column -> !column.isEmpty()).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
        return kind + ":" + table.toLowerCase(Locale.ROOT) + "(" + sorted + ")";
    }

    private static String constraintName(String message) {
        Matcher name = PG_CONSTRAINT.matcher(message);
        return name.find() ? name.group(1) : null;
    }

    private static String tableOf(String constraint) {
        return constraint == null ? "?" : constraint.replaceAll("_(pkey|key|\\w+_key)$", "");
    }
}
