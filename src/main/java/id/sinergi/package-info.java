/** Sinergi: cross-sector coordination against TPPO and non-procedural migrant work. */
package id.sinergi;
