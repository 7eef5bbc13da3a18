/**
 * The Excel exports leadership takes into its reports: the action plan matrix, the progress report and the Desa Binaan
 * roster, each streamed row by row from the feature services (constant memory), in the reader's language.
 */
package id.sinergi.export;
