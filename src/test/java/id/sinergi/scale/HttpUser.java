package id.sinergi.scale;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user of the running app over HTTP, as a browser starts it: the login page and its form (Spring Security, CSRF
 * token), then Vaadin's bootstrap and UI initialisation of a route, which builds the view on the server (a real
 * session with a real UI). Keeps nothing but its session cookie, so thousands fit in the measuring JVM.
 */
final class HttpUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client;
    private final String base;
    private String session;

    HttpUser(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in; true when the app accepted the password (it redirects away from the login page, not to ?error/?blocked). */
    boolean login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IOException("no CSRF token on the login page (" + page.statusCode() + ")");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String target = done.headers().firstValue("Location").orElse("");
        return done.statusCode() == 302 && !target.contains("/login");
    }

    /** Opens a route as the browser does: the page, then the UI initialisation that builds the view; returns its JSON. */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/" + route)).GET());
        check(page, route);
        int question = route.indexOf('?');
        String location = question < 0 ? route : route.substring(0, question);
        String query = question < 0 ? "" : "&query=" + encode(route.substring(question + 1));
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + encode(location) + query)).GET());
        check(init, route);
        if (!init.body().contains("\"uidl\"")) {
            throw new IOException("no UI for " + route);
        }
        return init.body();
    }

    /** Posts one message of the Flow client to a UI and returns the answer (see {@link VaadinUi}). */
    String postUidl(int uiId, String message) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)));
        if (response.statusCode() != 200) {
            throw new IOException("UI " + uiId + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Downloads a resource of the app (an export) and returns its size in bytes; checks it is an xlsx (a zip). */
    long download(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (response.statusCode() != 200 || body.length < 4 || body[0] != 'P' || body[1] != 'K') {
            throw new IOException("download " + path + " answered " + response.statusCode() + " with " + body.length
                    + " bytes that are not an xlsx");
        }
        return body.length;
    }

    private static void check(HttpResponse<String> response, String route) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(route + " answered " + response.statusCode());
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            Matcher id = SESSION.matcher(cookie);
            if (id.find()) {
                session = id.group(1);
            }
        });
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
