/** The leadership dashboard: read-only aggregate queries (GROUP BY in the database) over action items, meetings and Desa Binaan. */
package id.sinergi.dashboard;
