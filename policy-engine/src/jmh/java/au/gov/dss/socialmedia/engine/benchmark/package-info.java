/**
 * The JMH benchmark of the engine (run only in the {@code benchmark} Maven profile): the complete screen over a
 * deterministic 50 MB corpus against a single-pass case-folding baseline and a hankcs Aho-Corasick lexicon-only
 * baseline, the effect of the lexicon's size, and the latency of one comment.
 */
package au.gov.dss.socialmedia.engine.benchmark;
