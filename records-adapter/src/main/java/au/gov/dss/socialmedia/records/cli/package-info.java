/**
 * The standalone command line, {@code records-adapter/target/records-adapter-cli.jar}: {@code sync},
 * {@code verify}, {@code export --from --to}, {@code status}, {@code retry} and {@code migrate}, pointed at the
 * application's database by a JDBC URL. See {@link au.gov.dss.socialmedia.records.cli.RecordsCli}. It connects
 * with the JDBC driver's own data source ({@link au.gov.dss.socialmedia.records.cli.DriverDataSources}) behind a
 * small HikariCP pool; the only package of the module that uses the drivers or a pool.
 */
package au.gov.dss.socialmedia.records.cli;
