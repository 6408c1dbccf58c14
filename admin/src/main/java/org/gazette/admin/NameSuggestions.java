package org.gazette.admin;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gazette.application.AuthorProfiles;
import org.gazette.application.TagCatalogue;
import org.gazette.domain.author.Author;
import org.gazette.domain.tag.Tag;

/**
 * {@code /admin/suggestions/tags?q=...} and {@code /admin/suggestions/authors?q=...}: a few names
 * containing what a writer typed, as a JSON array, fetched by the editor's script as they type, so
 * the editor never carries every tag and author of a large site.
 */
@WebServlet("/suggestions/*")
public class NameSuggestions extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 10;

    @Inject
    TagCatalogue tags;

    @Inject
    AuthorProfiles authors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        BiFunction<String, Integer, List<String>> names = switch (String.valueOf(request.getPathInfo())) {
            case "/tags" -> (text, limit) -> tags.suggest(text, limit).stream().map(Tag::name).toList();
            case "/authors" -> (text, limit) -> authors.suggest(text, limit).stream().map(Author::name).toList();
            default -> null;
        };
        if (names == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonArrayBuilder found = Json.createArrayBuilder();
        names.apply(typed, LIMIT).forEach(found::add);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(found.build().toString());
    }
}
