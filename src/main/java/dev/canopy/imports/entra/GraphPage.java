package dev.canopy.imports.entra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a Graph list as Graph returns it, {@code {"@odata.context":…, "value":[…], "@odata.nextLink":…}}, read
 * the same way from an answer and from a saved file. A group's members may include groups, devices and service
 * principals ({@code "@odata.type"}): only users are kept, the others counted.
 */
record GraphPage(List<GraphUser> users, int notUsers, String nextLink) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER_TYPE = "#microsoft.graph.user";

    /** Graph's error body {@code {"error":{"code","message"}}}. */
    record GraphError(String code, String message) {

        String text() {
            return code.isEmpty() ? message : message.isEmpty() ? code : code + ": " + message;
        }
    }

    /** Why a body is not a page of users, as the end of a sentence naming where it came from ("… is a web page"). */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }

        /** The reason ending a sentence: with a full stop unless Graph's own message already ends with one. */
        String sentence() {
            String m = getMessage();
            return m.endsWith(".") || m.endsWith("?") || m.endsWith("!") ? m : m + ".";
        }
    }

    /** The page's users, each with its place on page {@code page} (counted from 1). */
    static GraphPage parse(byte[] body, int page) throws Malformed {
        JsonNode root = tree(body);
        Optional<GraphError> error = error(root);
        if (error.isPresent() && !root.has("value")) {
            throw new Malformed("is a Graph error, not a page of users: " + error.get().text());
        }
        JsonNode value = root.get("value");
        if (value == null || !value.isArray()) {
            throw new Malformed("has no \"value\" list of users (is it a page as Graph returns it?)");
        }
        List<GraphUser> users = new ArrayList<>(value.size());
        int notUsers = 0;
        int index = 0;
        for (JsonNode item : value) {
            index++;
            if (!item.isObject()) {
                throw new Malformed("has an entry " + index + " in \"value\" that is not an object");
            }
            String type = text(item, "@odata.type");
            if (!type.isEmpty() && !type.equalsIgnoreCase(USER_TYPE)) {
                notUsers++;
                continue;
            }
            JsonNode enabled = item.get("accountEnabled");
            users.add(new GraphUser(text(item, "id"), text(item, "displayName"), text(item, "mail"), text(item, "userPrincipalName"),
                    enabled == null || enabled.isNull() ? null : enabled.asBoolean(), item.hasNonNull("userType") ? text(item, "userType") : null,
                    page, index));
        }
        String next = text(root, "@odata.nextLink");
        return new GraphPage(users, notUsers, next.isEmpty() ? null : next);
    }

    /** A page of groups ({@code $select=id,displayName}). */
    record Groups(List<GraphGroup> groups, String nextLink) {
    }

    static Groups groups(byte[] body) throws Malformed {
        JsonNode root = tree(body);
        JsonNode value = root.get("value");
        if (value == null || !value.isArray()) {
            throw new Malformed("has no \"value\" list of groups");
        }
        List<GraphGroup> groups = new ArrayList<>();
        value.forEach(g -> groups.add(new GraphGroup(text(g, "id"), text(g, "displayName"))));
        String next = text(root, "@odata.nextLink");
        return new Groups(groups, next.isEmpty() ? null : next);
    }

    /** The error an answer's body holds, if it is Graph's error JSON. */
    static Optional<GraphError> error(byte[] body) {
        try {
            return error(tree(body));
        } catch (Malformed notJson) {
            return Optional.empty();
        }
    }

    private static Optional<GraphError> error(JsonNode root) {
        JsonNode error = root.get("error");
        if (error == null || !error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new GraphError(text(error, "code"), text(error, "message")));
    }

    /** Whether the body is markup (a sign-in page, a proxy's error page) rather than JSON. */
    static boolean isHtml(byte[] body) {
        return start(body).startsWith("<");
    }

    private static String start(byte[] body) {
        return new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).stripLeading();
    }

    private static JsonNode tree(byte[] body) throws Malformed {
        if (isHtml(body)) {
            throw new Malformed("is a web page (HTML), not Graph's JSON");
        }
        if (start(body).isEmpty()) {
            throw new Malformed("is empty, not Graph's JSON");
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new Malformed("is not a JSON object as Graph answers");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Malformed("is not JSON" + (line > 0 ? " (line " + line + ")" : "") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Malformed("cannot be read: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText().strip();
    }
}
