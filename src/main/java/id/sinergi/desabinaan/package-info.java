/** Desa Binaan: villages fostered by an office under a program, their Pimpasa and their activities (Kegiatan Desa). */
package id.sinergi.desabinaan;
