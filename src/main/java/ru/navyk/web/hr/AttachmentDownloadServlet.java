package ru.navyk.web.hr;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ru.navyk.application.hiring.AttachmentService;
import ru.navyk.application.hiring.HiringViews.AttachmentDownload;
import ru.navyk.domain.shared.AccessDeniedException;
import ru.navyk.domain.shared.NotFoundException;

/**
 * Serves {@code /hr/attachment?candidate=…&id=…}: a candidate's file as a download (never shown inline, and never
 * sniffed into another type), to whoever may read the candidate; anyone else gets the same 404 as for a missing file.
 * The page session authenticates it ({@code /hr/*} requires a login).
 */
@WebServlet("/hr/attachment")
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String candidate = request.getParameter("candidate");
        String id = request.getParameter("id");
        if (candidate == null || id == null || !candidate.matches("\\d{1,18}") || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload file;
        try {
            file = attachments.download(Long.parseLong(candidate), Long.parseLong(id));
        } catch (NotFoundException | AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", file.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
