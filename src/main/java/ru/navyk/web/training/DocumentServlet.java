package ru.navyk.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.navyk.application.training.TrainingViews.DocumentFile;
import ru.navyk.application.training.UpskillingService;
import ru.navyk.domain.shared.NotFoundException;

/**
 * {@code GET /training/document?id=…}: an upskilling document, always as a download (never rendered inline), for
 * whoever may see its person.
 */
@WebServlet("/training/document")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private UpskillingService upskilling;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = Actions.id(request.getParameter("id"));
        DocumentFile file;
        try {
            if (id == null) {
                throw new NotFoundException("TrainingDocument");
            }
            file = upskilling.document(id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"document-" + id + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
