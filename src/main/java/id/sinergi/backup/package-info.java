/** Online backups of the embedded H2 database, for administrators. */
package id.sinergi.backup;
