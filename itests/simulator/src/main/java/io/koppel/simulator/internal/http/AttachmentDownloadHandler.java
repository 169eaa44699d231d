package io.koppel.simulator.internal.http;

import io.koppel.simulator.internal.SimulatorRuntime;
import io.koppel.simulator.internal.auth.TokenService;
import io.koppel.simulator.internal.model.EdmValues;
import io.koppel.simulator.internal.store.DivisionData;
import io.koppel.simulator.internal.store.TableNames;

import java.util.Base64;
import java.util.Map;

/** /docs/SysAttachment.aspx?ID=...&_Division_=...&Download=1: the raw bytes of a document attachment. */
public final class AttachmentDownloadHandler {
    private final SimulatorRuntime rt;

    public AttachmentDownloadHandler(SimulatorRuntime rt) {
        this.rt = rt;
    }

    public void handle(Request req) {
        ResponseWriter.send(req.exchange(), answer(req));
    }

    private Response answer(Request req) {
        TokenService.AuthResult auth = rt.tokens().authenticate(req.header("Authorization"));
        if (!auth.ok()) {
            return Response.empty(401).header("WWW-Authenticate", "Bearer");
        }
        Map<String, String> q = req.query();
        DivisionData d;
        try {
            int division = Integer.parseInt(q.getOrDefault("_Division_", ""));
            d = auth.principal().user().divisions().contains(division) ? rt.data().division(division) : null;
        } catch (NumberFormatException e) {
            d = null;
        }
        var id = EdmValues.parseGuid(q.get("ID"));
        Map<String, Object> attachment = d == null || id == null ? null : d.table(TableNames.DOCUMENT_ATTACHMENTS).get(id);
        if (attachment == null) {
            return Response.empty(404);
        }
        byte[] bytes = Base64.getDecoder().decode(attachment.get("Attachment").toString());
        if (!"1".equals(q.get("Download"))) {
            // without Download=1 Exact shows a page, not the file
            return Response.text(200, "text/html; charset=utf-8", "<html><body>" + attachment.get("FileName") + "</body></html>");
        }
        return new Response(200, bytes, "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + attachment.get("FileName") + "\"");
    }
}
