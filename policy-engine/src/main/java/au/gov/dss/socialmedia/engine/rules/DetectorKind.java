package au.gov.dss.socialmedia.engine.rules;

/**
 * How a {@link Rule} finds what it reports. Each kind is a small, fixed piece of logic in the engine; everything it
 * works with (terms, context words, severities, clauses, advice) comes from the rule set.
 */
public enum DetectorKind {
    /** Each term of the rule, as whole words, with disguised spellings; minus the rule set's allow-list. */
    LEXICON,
    /** Protective markings: the rule's terms, only where written as a marking (capitals, {@code [SEC=...]}). */
    MARKING,
    /** Tax file numbers: nine digits passing the weights 1,4,3,7,5,8,6,9,10 mod 11, weighed with context. */
    TFN,
    /** Medicare card numbers: first digit 2-6, weights 1,3,7,9,1,3,7,9 mod 10 against the ninth digit. */
    MEDICARE,
    /** Centrelink Customer Reference Numbers: nine digits and a letter, or nine digits with context. */
    CRN,
    /** Australian telephone numbers, except the department's published and 13/1300/1800 numbers. */
    PHONE,
    /** E-mail addresses, except those of the official domains. */
    EMAIL,
    /** Payment card numbers: 13 to 19 digits passing Luhn, with a card prefix or context. */
    PAYMENT_CARD,
    /** Bank accounts: a BSB or an account number with context. */
    BANK_ACCOUNT,
    /** A date of birth: a date near a context word such as "DOB" or "born". */
    DATE_OF_BIRTH,
    /** A street address: a number, a street name and a street type (the rule's terms). */
    STREET_ADDRESS,
    /** An Australian Business Number (mod 89) with a sole trader's personal context. */
    ABN,
    /** An Australian Company Number (mod 10) with personal context. */
    ACN,
    /**
     * Sentences of a given structure: the rule's terms are patterns over words and the rule set's word classes
     * ({@code <we> <will> ... <deadline>}); its context words, if any, are the words that must appear in the text
     * for the sentences to be read at all (so that most texts never are).
     */
    SENTENCE,
    /** A statistic or factual claim (the rule's terms, percentages) with no source (the rule's context). */
    UNCITED_CLAIM,
    /** A personal post that mentions work (the rule's terms) without saying the views are one's own (context). */
    VIEWS_OWN,
    /** An image without alternative text. */
    ALT_TEXT,
    /** A video or audio without captions or a transcript. */
    CAPTIONS,
    /** Media whose rights are known not to be cleared. */
    RIGHTS_NOT_CLEARED,
    /** Media whose rights have not been confirmed. */
    RIGHTS_UNCONFIRMED,
    /** Media showing departmental branding that CMB has not approved. */
    BRANDING,
    /** The author's authority for the account and activity, as the domain answers it. */
    AUTHORITY,
    /** Whether the account accepts posts, as the domain decides it. */
    ACCOUNT_STATE,
    /** Whether the initiative the account serves is approved, as the domain decides it. */
    INITIATIVE_APPROVAL;

    /** Whether rules of this kind need terms. */
    public boolean needsTerms() {
        return this == LEXICON || this == MARKING || this == STREET_ADDRESS || this == VIEWS_OWN
                || this == SENTENCE;
    }
}
