/**
 * Text processing for the engine: {@link au.gov.dss.socialmedia.engine.text.TextNormaliser} folds a text in one
 * pass (case, accents, look-alike characters, leet spellings, masks, repeated letters, zero-width characters) into
 * a {@link au.gov.dss.socialmedia.engine.text.NormalisedText} that maps every folded character back to the
 * original {@code String} indices, {@link au.gov.dss.socialmedia.engine.text.WordTrie} finds whole-word terms
 * in it with one table read per character, and {@link au.gov.dss.socialmedia.engine.text.Tokens} splits a text
 * into words and sentences, reading contractions as written, for the sentence rules.
 */
package au.gov.dss.socialmedia.engine.text;
