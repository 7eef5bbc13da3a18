package id.sinergi.scale;

import java.util.List;
import java.util.Random;

/** Invented person names and texts in Indonesian for generated data (combinations, no real persons). */
final class IndonesianNames {

    private static final List<String> GIVEN = List.of("Agus", "Budi", "Dewi", "Eka", "Fitri", "Gilang", "Hendra", "Indah",
            "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sri", "Taufik", "Udin", "Wahyu", "Yuni", "Ayu",
            "Bayu", "Citra", "Dimas", "Endang", "Fajar", "Hadi", "Irma", "Komang", "Ketut", "Lukman", "Mega", "Nanda",
            "Oki", "Ratna", "Sari", "Teguh", "Wulan", "Yoga", "Zahra");
    private static final List<String> FAMILY = List.of("Pratama", "Saputra", "Wijaya", "Hidayat", "Nugroho", "Kurniawan",
            "Siregar", "Harahap", "Nasution", "Simanjuntak", "Lubis", "Sitompul", "Pangaribuan", "Tambunan", "Wibowo",
            "Setiawan", "Purnama", "Rahmawati", "Handayani", "Susanti", "Lestari", "Permana", "Gunawan", "Halim",
            "Manurung", "Sinaga", "Tanjung", "Rangkuti", "Daulay", "Ginting");
    static final List<String> POSITIONS = List.of("Kepala Seksi Intelijen dan Penindakan Keimigrasian",
            "Analis Keimigrasian Ahli Muda", "Pemeriksa Keimigrasian", "Kepala Subseksi Pengawasan Keimigrasian",
            "Kepala Bidang Penempatan Tenaga Kerja", "Kepala Seksi Perlindungan Perempuan dan Anak");
    static final List<String> ACTIVITIES = List.of("Sosialisasi bahaya TPPO dan prosedur kerja ke luar negeri yang aman",
            "Patroli bersama di pelabuhan dan bandara terhadap calon PMI non-prosedural",
            "Pendataan calon pekerja migran di desa asal", "Pelatihan aparat desa tentang deteksi dini perekrutan ilegal",
            "Penguatan layanan terpadu satu atap penempatan PMI", "Pemulangan dan reintegrasi korban TPPO",
            "Pendampingan hukum dan psikososial bagi korban", "Penyusunan peraturan desa tentang perlindungan PMI",
            "Penindakan terhadap perekrut dan sponsor ilegal", "Rapat koordinasi lanjutan Gugus Tugas TPPO kabupaten",
            "Penerbitan paspor dengan wawancara yang diperketat", "Kampanye media sosial migrasi aman");
    static final List<String> OUTPUTS = List.of("Laporan kegiatan dan daftar hadir", "Jumlah peserta terlatih",
            "Data calon PMI terverifikasi", "Peraturan desa ditetapkan", "Korban terlayani", "Berkas perkara dilimpahkan");
    static final List<String> UNITS = List.of("kegiatan", "orang", "desa", "dokumen", "kasus", "laporan");
    static final List<String> NARRATIVES = List.of("Kegiatan telah dilaksanakan sesuai rencana, laporan terlampir.",
            "Koordinasi dengan instansi terkait sedang berjalan.", "Menunggu ketersediaan anggaran triwulan berikutnya.",
            "Peserta hadir lebih banyak dari target; tindak lanjut dijadwalkan.",
            "Data lapangan sedang diverifikasi bersama pemerintah desa.", "Hambatan cuaca, jadwal disesuaikan.");
    static final List<String> TOPICS = List.of("Migrasi aman dan prosedural", "Modus perekrutan ilegal",
            "Layanan paspor dan wawancara", "Peran aparat desa dalam deteksi dini", "Hak-hak pekerja migran");

    private IndonesianNames() {
    }

    static String person(Random random) {
        return pick(random, GIVEN) + " " + pick(random, FAMILY);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
