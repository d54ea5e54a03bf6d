package ru.navyk.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Applies the new language by reloading the current page (with its view parameters, such as the function code),
     * so every part of the page, not only the re-rendered ones, speaks it.
     */
    public void changeLanguage() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(getLocale());
        String viewId = context.getViewRoot().getViewId();
        context.getExternalContext().redirect(context.getApplication().getViewHandler()
                .getRedirectURL(context, viewId, Map.of(), true));
    }
}
