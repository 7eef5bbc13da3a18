/** Agencies (Instansi), immigration offices and officers. */
package id.sinergi.agency;
