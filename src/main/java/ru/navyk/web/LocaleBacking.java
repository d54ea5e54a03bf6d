package ru.navyk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The visitor's interface language: Russian by default, English on request, kept for the session. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("ru", "en");

    private String language = "ru";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = SUPPORTED.contains(language) ? language : "ru";
    }

    public boolean isEnglish() {
        return "en".equals(language);
    }

    public void changeLanguage() {
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
    }
}
