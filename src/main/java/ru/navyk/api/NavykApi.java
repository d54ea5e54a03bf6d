package ru.navyk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Mounts every resource under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Navyk API", version = "1",
        description = "Competency model (CASE 1.1 export) and, as features land, people, plans and assessments."))
public class NavykApi extends Application {
}
