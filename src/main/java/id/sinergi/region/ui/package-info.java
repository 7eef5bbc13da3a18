/** Regions UI: the regions list with the administrators' import, and the region picker other features use. */
package id.sinergi.region.ui;
