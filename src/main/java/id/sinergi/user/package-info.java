/** User accounts, roles, the current user and password rules. */
package id.sinergi.user;
