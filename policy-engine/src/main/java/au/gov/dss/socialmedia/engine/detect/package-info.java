/**
 * The detectors that screen text: {@link au.gov.dss.socialmedia.engine.detect.TextScreener} compiles the text rules
 * of a rule set into one automaton per channel and, per screen, looks closely at what it matched (whole-word
 * lexicon terms and their disguises, protective markings written as markings, numbers weighed by shape, check
 * digits and context, e-mail addresses, dates of birth, street addresses, uncited claims) and reads the sentences
 * that hold a sentence rule's trigger words. {@code Morphology} gives a lemma's forms, compounds and spellings;
 * {@code SentencePattern} matches a sentence rule's pattern over the words of a sentence. {@link
 * au.gov.dss.socialmedia.engine.detect.Checksums} holds the check-digit algorithms of Australian identifiers and
 * payment cards.
 */
package au.gov.dss.socialmedia.engine.detect;
