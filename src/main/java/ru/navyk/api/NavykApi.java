package ru.navyk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Mounts every resource under {@code /api}. Callers authenticate with HTTP Basic (the portal's accounts, with the same
 * lockout) or a personal token ({@code Authorization: Bearer nvk_…}); the page session is never accepted here.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Navyk API", version = "1",
        description = "Competency model (CASE 1.1 export), people, teams, accounts and the current user; as features"
                + " land, plans and assessments. Errors answer {field, code, message}: code is a stable message key,"
                + " message is Russian unless Accept-Language prefers English."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = NavykApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "A Navyk account; five wrong passwords in a row lock it for 15 minutes."),
        @SecurityScheme(securitySchemeName = NavykApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "nvk_…", description = "A personal API token (POST /api/me/tokens), shown once.")
})
public class NavykApi extends Application {

    /** Name of the HTTP Basic security scheme in the OpenAPI document. */
    public static final String BASIC = "basic";
    /** Name of the personal-token security scheme in the OpenAPI document. */
    public static final String BEARER = "bearer";
}
