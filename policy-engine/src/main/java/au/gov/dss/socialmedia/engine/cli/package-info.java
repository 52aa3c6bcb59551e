/**
 * The command-line interface ({@link au.gov.dss.socialmedia.engine.cli.Main}), a contract other tools depend on:
 * {@code screen [--rules FILE]... [--as-at YYYY-MM-DD] [FILE]} reads JSON Lines and writes one JSON line per input
 * line, in order. It is built into the self-contained {@code policy-engine/target/policy-engine-cli.jar}.
 */
package au.gov.dss.socialmedia.engine.cli;
