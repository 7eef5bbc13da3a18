package id.sinergi.scale;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Vaadin UI as the browser's Flow client drives it, over {@link HttpUser}'s session: the UI's first response (from
 * {@code ?v-r=init}) gives its id and security key, the navigation event builds the view; each {@link #send} posts the client's next message (property
 * syncs, DOM events, calls of {@code @ClientCallable} methods) and reads the changes the server answers with. Elements are
 * found by their {@code id} attribute, as the app's tests find them. Enough of the protocol for a load test, nothing more.
 */
final class VaadinUi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTRIBUTES = 3; // NodeFeatures.ELEMENT_ATTRIBUTES
    private static final int ROOT = 1; // the UI's <body>, which listens to the client router's events

    private final HttpUser user;
    private final int uiId;
    private final String securityKey;
    private int syncId;
    private int clientId;
    private int historyIndex;
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final Map<Integer, Map<String, JsonNode>> attributes = new HashMap<>();
    private final List<String> executed = new ArrayList<>();

    private VaadinUi(HttpUser user, JsonNode init) {
        this.user = user;
        JsonNode config = init.path("appConfig");
        this.uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        this.securityKey = uidl.path("Vaadin-Security-Key").asString();
        read(uidl);
    }

    /**
     * Opens a route in a new UI of the user's session as the browser does: the page, the UI initialisation (an empty
     * UI), then the client router's navigation event, with which the server builds the view.
     */
    static VaadinUi open(HttpUser user, String route) throws IOException, InterruptedException {
        VaadinUi ui = new VaadinUi(user, JSON.readTree(user.open(route)));
        ui.send(navigation(route, 0, ""));
        return ui;
    }

    /** Moves this UI to another route as a click on a menu link does: the view shown before is dropped. */
    void navigate(String route) throws IOException, InterruptedException {
        send(navigation(route, ++historyIndex, "link"));
    }

    private static ObjectNode navigation(String route, int historyIndex, String trigger) {
        int question = route.indexOf('?');
        ObjectNode navigate = JSON.createObjectNode().put("type", "event").put("node", ROOT).put("event", "ui-navigate");
        navigate.putObject("data").put("route", question < 0 ? route : route.substring(0, question))
                .put("query", question < 0 ? "" : route.substring(question + 1)).put("appShellTitle", "")
                .put("trigger", trigger).putObject("historyState").put("idx", historyIndex);
        return navigate;
    }

    /** The state node of the element with this id attribute, once the server has sent it. */
    int node(String elementId) throws IOException {
        Integer node = nodeById.get(elementId);
        if (node == null) {
            throw new IOException("no element #" + elementId + " in UI " + uiId);
        }
        return node;
    }

    boolean has(String elementId) {
        return nodeById.containsKey(elementId);
    }

    /** An attribute of the element with this id, as sent (a text, or an object for resources such as a download). */
    JsonNode attribute(String elementId, String name) throws IOException {
        return attributes.getOrDefault(node(elementId), Map.of()).get(name);
    }

    /** A value typed into a field: the property sync the field's change event carries. */
    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "mSync").put("node", node).put("feature", 1)
                .put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A DOM event, e.g. a button's click (with the mouse details a browser sends). */
    static ObjectNode event(int node, String event) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        ObjectNode data = rpc.putObject("data");
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail",
                "event.button")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        for (String key : List.of("event.shiftKey", "event.ctrlKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        return rpc;
    }

    /** A call of a {@code @ClientCallable} method, as the client's {@code element.$server.name(args)} makes it. */
    static ObjectNode call(int node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method).put("promise", 0);
        ArrayNode list = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            list.add(JSON.valueToTree(arg));
        }
        return rpc;
    }

    /** Sends one message with these calls (none: a poll for what the server pushed since) and returns the raw answer. */
    String send(ObjectNode... rpcs) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", securityKey);
        ArrayNode list = message.putArray("rpc");
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        message.put("syncId", syncId).put("clientId", clientId++);
        String answer = user.postUidl(uiId, JSON.writeValueAsString(message));
        String json = answer.startsWith("for(;;);") ? answer.substring("for(;;);".length()) : answer;
        JsonNode parsed = JSON.readTree(json);
        JsonNode uidl = parsed.isArray() ? parsed.path(0) : parsed;
        if (uidl.has("meta") && uidl.path("meta").has("appError")) {
            throw new IOException("UI " + uiId + " reports an error: " + uidl.path("meta").path("appError"));
        }
        if (!uidl.has("syncId")) {
            throw new IOException("UI " + uiId + " answered without a syncId: " + abbreviate(answer));
        }
        read(uidl);
        return json;
    }

    /** The JavaScript the server asked the client to run so far (grid connector calls, notifications, clicks). */
    List<String> executed() {
        return executed;
    }

    private void read(JsonNode uidl) {
        syncId = uidl.path("syncId").asInt(syncId);
        for (JsonNode change : uidl.path("changes")) {
            if (change.path("feat").asInt(-1) == ATTRIBUTES && "put".equals(change.path("type").asString())) {
                int node = change.path("node").asInt();
                String key = change.path("key").asString();
                attributes.computeIfAbsent(node, n -> new HashMap<>()).put(key, change.path("value"));
                if (key.equals("id")) {
                    nodeById.put(change.path("value").asString(), node);
                }
            }
        }
        for (JsonNode invocation : uidl.path("execute")) {
            executed.add(invocation.toString());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
