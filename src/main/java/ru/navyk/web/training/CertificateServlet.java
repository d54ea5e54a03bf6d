package ru.navyk.web.training;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.navyk.application.training.LearningService;
import ru.navyk.domain.shared.NotFoundException;
import ru.navyk.web.LocaleBacking;

/**
 * {@code GET /training/certificate?attempt=…}: the completion certificate of a passed attempt as PDF, in the
 * session's interface language, for whoever may see the learner; anything else is a 404.
 */
@WebServlet("/training/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningService learning;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long attempt = Actions.id(request.getParameter("attempt"));
        byte[] pdf;
        try {
            if (attempt == null) {
                throw new NotFoundException("Certificate");
            }
            pdf = learning.certificate(attempt, locale.getLocale());
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + attempt + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
