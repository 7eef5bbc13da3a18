package id.sinergi.action;

import static id.sinergi.action.EvidenceSamples.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.base.BusinessRuleException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class EvidenceInspectorTest {

    private final EvidenceInspector inspector = new EvidenceInspector(DataSize.ofMegabytes(10));

    @Test
    void accepts_each_allowed_type_when_content_and_extension_agree() {
        assertThat(inspector.check(upload("Laporan Sosialisasi.pdf", EvidenceSamples.pdf())).type())
                .isEqualTo(EvidenceType.PDF);
        assertThat(inspector.check(upload("foto kegiatan.PNG", EvidenceSamples.png())).type()).isEqualTo(EvidenceType.PNG);
        assertThat(inspector.check(upload("foto.jpeg", EvidenceSamples.jpeg())).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(inspector.check(upload("notulen.docx", EvidenceSamples.docx())).type()).isEqualTo(EvidenceType.DOCX);
        assertThat(inspector.check(upload("daftar hadir.xlsx", EvidenceSamples.xlsx())).type())
                .isEqualTo(EvidenceType.XLSX);
        assertThat(inspector.check(upload("laporan.odt", EvidenceSamples.odt())).type()).isEqualTo(EvidenceType.ODT);
    }

    @Test
    void a_renamed_program_is_refused_as_a_program() {
        assertThatThrownBy(() -> inspector.check(upload("laporan.pdf", EvidenceSamples.windowsProgram())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evidence.error.program");
        assertThatThrownBy(() -> inspector.check(upload("setup.exe", EvidenceSamples.windowsProgram())))
                .hasMessage("evidence.error.type");
    }

    @Test
    void content_that_does_not_match_the_extension_is_refused() {
        assertThatThrownBy(() -> inspector.check(upload("foto.png", EvidenceSamples.pdf())))
                .hasMessage("evidence.error.contentMismatch");
        assertThatThrownBy(() -> inspector.check(upload("laporan.docx", EvidenceSamples.xlsx())))
                .hasMessage("evidence.error.contentMismatch");
        assertThatThrownBy(() -> inspector.check(upload("laporan.docx", EvidenceSamples.plainZip())))
                .hasMessage("evidence.error.contentMismatch");
        assertThatThrownBy(() -> inspector.check(upload("catatan.txt", "teks biasa".getBytes())))
                .hasMessage("evidence.error.type");
        assertThatThrownBy(() -> inspector.check(upload("kosong.pdf", new byte[0]))).hasMessage("evidence.error.empty");
    }

    @Test
    void a_name_with_path_characters_is_refused() {
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\laporan.pdf", "C:laporan.pdf", ".hidden.pdf",
                "laporan\u0000.pdf", "a/b.pdf"}) {
            assertThatThrownBy(() -> inspector.check(upload(name, EvidenceSamples.pdf())))
                    .as(name).hasMessage("evidence.error.name");
        }
        assertThat(inspector.check(upload("  Laporan (final) 2025.pdf ", EvidenceSamples.pdf())).fileName())
                .isEqualTo("Laporan (final) 2025.pdf");
    }

    @Test
    void an_oversized_stream_is_refused_after_reading_just_past_the_limit() {
        EvidenceInspector small = new EvidenceInspector(DataSize.ofKilobytes(64));
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return read.getAndIncrement() < 5 ? "%PDF-".charAt((int) read.get() - 1) : 'x';
            }
        };
        assertThatThrownBy(() -> small.check(new EvidenceUpload("besar.pdf", () -> endless)))
                .hasMessage("evidence.error.tooLarge");
        assertThat(read.get()).isLessThanOrEqualTo(64 * 1024 + 1);
        assertThat(small.check(upload("pas.pdf", withPdfHeader(64 * 1024))).content()).hasSize(64 * 1024);
    }

    private static byte[] withPdfHeader(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(EvidenceSamples.pdf(), 0, bytes, 0, EvidenceSamples.pdf().length);
        return bytes;
    }
}
