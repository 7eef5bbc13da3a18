package id.sinergi.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A region (Wilayah) keyed by its Kemendagri code, e.g. 36.04.12.2001. */
@Entity
@Table(name = "region")
public class Region {

    public static final int CODE_MAX_LENGTH = 13;
    public static final int NAME_MAX_LENGTH = 255;
    public static final int PATH_MAX_LENGTH = 1100;

    @Id
    @Column(length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegionLevel level;

    @Column(name = "parent_code", length = CODE_MAX_LENGTH)
    private String parentCode;

    @Column(nullable = false)
    private boolean retired;

    /** Written by {@link RegionTable} (import and demo data), never through JPA. */
    @Column(name = "display_path", length = PATH_MAX_LENGTH, insertable = false, updatable = false)
    private String displayPath;

    protected Region() {
    }

    Region(String code, String name, boolean retired, String displayPath) {
        this(code, name);
        this.retired = retired;
        this.displayPath = displayPath;
    }

    public Region(String code, String name) {
        this.code = code;
        this.name = name;
        this.level = RegionLevel.ofCode(code);
        this.parentCode = RegionLevel.parentCode(code);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public boolean isRetired() {
        return retired;
    }

    /** The name with its parents, e.g. "Pontang, Kab. Serang, Banten" for district 36.04.12. */
    public String getDisplayPath() {
        return displayPath == null ? name : displayPath;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Region that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
