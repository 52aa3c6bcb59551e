/**
 * The standalone command line, {@code records-adapter/target/records-adapter-cli.jar}: {@code sync},
 * {@code verify}, {@code export --from --to}, {@code status}, {@code retry} and {@code migrate}, pointed at the
 * application's database by a JDBC URL. See {@link au.gov.dss.socialmedia.records.cli.RecordsCli}.
 */
package au.gov.dss.socialmedia.records.cli;
