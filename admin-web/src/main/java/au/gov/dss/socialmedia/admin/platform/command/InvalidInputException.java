package au.gov.dss.socialmedia.admin.platform.command;

/**
 * Thrown when what a person typed cannot be taken, for a reason the form can show beside the field: a value already
 * taken (an account's address, a user name), a choice that is not offered. Nothing is saved. Audited as invalid.
 */
public class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final String value;

    /**
     * A refusal of a field's value.
     *
     * @param field the field of the form (its name in the form's record, e.g. {@code address})
     * @param messageKey the key of the message in the resource bundle; its argument {0} is the value
     * @param value what was typed
     * @param detail the same in plain words, for the audit trail and the log
     */
    public InvalidInputException(String field, String messageKey, String value, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
        this.value = value;
    }

    /** The field of the form. */
    public String field() {
        return field;
    }

    /** The key of the message for people. */
    public String messageKey() {
        return messageKey;
    }

    /** What was typed. */
    public String value() {
        return value;
    }
}
