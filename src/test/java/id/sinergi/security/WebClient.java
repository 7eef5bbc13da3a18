package id.sinergi.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare HTTP client against the running app, as an attacker's script would be: its own cookie, its own client address
 * (sent as X-Forwarded-For, which the app trusts only from the local proxy), its own user agent, no redirects followed.
 */
class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String address;
    private final String userAgent;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    String sessionId;

    WebClient(int port, String address, String userAgent) {
        this.port = port;
        this.address = address;
        this.userAgent = userAgent;
    }

    WebClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    String userAgent() {
        return userAgent;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Opens the login page (for its CSRF token) and posts the login form; returns where the app sends the browser. */
    String login(String username, String password) {
        HttpResponse<String> page = get("login");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> response = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Whether this client's session is logged in: the home page answers instead of sending it to the login page. */
    boolean isLoggedIn() {
        HttpResponse<String> home = get("");
        return home.statusCode() == 200;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .header("X-Forwarded-For", address).header("User-Agent", userAgent);
        extraHeaders.forEach(builder::header);
        if (sessionId != null) {
            builder.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                    .forEach(m -> sessionId = m.group(1));
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
