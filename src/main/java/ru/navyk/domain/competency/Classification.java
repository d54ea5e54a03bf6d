package ru.navyk.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of a classifier table (ОКЗ, ЕКС, ОКПДТР, ОКСО): scheme, code and name as the standard prints them. */
@Embeddable
public class Classification {

    @Column(name = "scheme", nullable = false, length = 20)
    private String scheme;

    @Column(name = "code", length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = ModelVersion.LONG_TEXT)
    private String name;

    protected Classification() {
    }

    public Classification(String scheme, String code, String name) {
        this.scheme = scheme;
        this.code = code;
        this.name = name;
    }

    public String getScheme() {
        return scheme;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
