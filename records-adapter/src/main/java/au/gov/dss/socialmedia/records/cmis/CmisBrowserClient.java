package au.gov.dss.socialmedia.records.cmis;

import au.gov.dss.socialmedia.records.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small client of the CMIS 1.1 browser binding on {@code java.net.http}: repository info, object by path,
 * create folder, create document (multipart form with content), read content, and type definition and creation.
 * Answers are read with {@link JsonReader} (jackson-core, strict and depth-limited); failures, and answers that are
 * not the JSON expected, become {@link CmisException}s naming the request and what was wrong. Thread-safe.
 */
public final class CmisBrowserClient {

    private final CmisSettings settings;
    private final HttpClient http;
    private volatile String rootFolderUrl;
    private volatile String repositoryUrl;

    /** A client for the repository the settings name. */
    public CmisBrowserClient(CmisSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** The settings. */
    public CmisSettings settings() {
        return settings;
    }

    private void connect() throws CmisException {
        if (rootFolderUrl != null) {
            return;
        }
        HttpRequest request = get(settings.browserUrl());
        Map<String, Object> infos = sendForObject(request);
        Map<String, Object> info = null;
        if (settings.repositoryId().isPresent()) {
            info = asObjectOrNull(infos.get(settings.repositoryId().get()));
        } else if (!infos.isEmpty()) {
            info = asObjectOrNull(infos.values().iterator().next());
        }
        if (info == null) {
            throw new CmisException(404, "objectNotFound", "CMIS repository "
                    + settings.repositoryId().orElse("(any)") + " not found at " + settings.browserUrl(), null);
        }
        String repository = urlIn(info, "repositoryUrl", request);
        rootFolderUrl = urlIn(info, "rootFolderUrl", request);
        repositoryUrl = repository;
    }

    private static String urlIn(Map<String, Object> info, String name, HttpRequest request) throws CmisException {
        if (info.get(name) instanceof String url && !url.isBlank()) {
            return url;
        }
        throw new CmisException(200, "", "CMIS " + request.method() + " " + request.uri().getPath()
                + " answered repository info without a " + name + " (a URL string expected, found "
                + (info.containsKey(name) ? String.valueOf(info.get(name)) : "nothing") + ")", null);
    }

    /** The object at a path ({@code /Records/2026}), with its succinct properties, or empty when there is none. */
    public Optional<Map<String, Object>> objectByPath(String path) throws CmisException {
        connect();
        try {
            return Optional.of(sendForObject(get(rootFolderUrl + encodePath(path)
                    + "?cmisselector=object&succinct=true")));
        } catch (CmisException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Creates a folder in the parent folder; the new folder's object. */
    public Map<String, Object> createFolder(String parentPath, String name) throws CmisException {
        connect();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cmisaction", "createFolder");
        form.put("propertyId[0]", "cmis:objectTypeId");
        form.put("propertyValue[0]", "cmis:folder");
        form.put("propertyId[1]", "cmis:name");
        form.put("propertyValue[1]", name);
        form.put("succinct", "true");
        return sendForObject(postForm(rootFolderUrl + encodePath(parentPath), form));
    }

    /**
     * Creates a document with content in a folder; the new document's object.
     *
     * @param folderPath the folder
     * @param properties the properties, {@code cmis:name} and {@code cmis:objectTypeId} included; a value is a
     *                   string, a number (a datetime is milliseconds since the epoch) or a boolean
     * @param fileName the content's file name
     * @param mediaType the content's media type
     * @param content the content
     */
    public Map<String, Object> createDocument(String folderPath, Map<String, Object> properties, String fileName,
                                              String mediaType, byte[] content) throws CmisException {
        connect();
        String boundary = "----records-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 2048);
        part(body, boundary, "cmisaction", "createDocument");
        int i = 0;
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            part(body, boundary, "propertyId[" + i + "]", property.getKey());
            part(body, boundary, "propertyValue[" + i + "]", String.valueOf(property.getValue()));
            i++;
        }
        part(body, boundary, "succinct", "true");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(rootFolderUrl + encodePath(folderPath))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return sendForObject(request);
    }

    /** The content of a document. */
    public byte[] content(String objectId) throws CmisException {
        connect();
        return exchange(get(rootFolderUrl + "?cmisselector=content&objectId="
                + URLEncoder.encode(objectId, StandardCharsets.UTF_8))).body();
    }

    /** Whether the repository knows the type. */
    public boolean typeExists(String typeId) throws CmisException {
        connect();
        try {
            exchange(get(repositoryUrl + "?cmisselector=typeDefinition&typeId="
                    + URLEncoder.encode(typeId, StandardCharsets.UTF_8)));
            return true;
        } catch (CmisException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Creates a type from its browser-binding JSON definition (CMIS 1.1 type mutability). */
    public void createType(String typeJson) throws CmisException {
        connect();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cmisaction", "createType");
        form.put("type", typeJson);
        exchange(postForm(repositoryUrl, form));
    }

    private HttpRequest get(String url) {
        return authorised(HttpRequest.newBuilder(URI.create(url))).GET().build();
    }

    private HttpRequest postForm(String url, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return authorised(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        builder.timeout(settings.timeout());
        if (settings.user().isPresent()) {
            String credentials = settings.user().get() + ":" + settings.password().orElse("");
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    /** Sends the request; its answer as a JSON object, or a CmisException saying what the answer was instead. */
    private Map<String, Object> sendForObject(HttpRequest request) throws CmisException {
        HttpResponse<byte[]> response = exchange(request);
        try {
            return JsonReader.readObject(new String(response.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new CmisException(response.statusCode(), "", "CMIS " + request.method() + " "
                    + request.uri().getPath() + " answered " + response.statusCode() + " with "
                    + e.getMessage(), e);
        }
    }

    /** Sends the request; the answer when its status is 2xx, otherwise a CmisException. */
    private HttpResponse<byte[]> exchange(HttpRequest request) throws CmisException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CmisException(0, "", "CMIS repository " + settings.browserUrl() + " unreachable: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CmisException(0, "", "interrupted while calling the CMIS repository", e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        String exception = "";
        String message = new String(response.body(), StandardCharsets.UTF_8);
        try {
            Map<String, Object> error = JsonReader.readObject(message);
            exception = String.valueOf(error.getOrDefault("exception", ""));
            message = String.valueOf(error.getOrDefault("message", message));
        } catch (IllegalArgumentException notJson) {
            // Not the browser binding's error object (a proxy's page, say): the start of the text says enough.
        }
        message = message.length() > 300 ? message.substring(0, 300) + "\u2026" : message;
        throw new CmisException(status, exception, "CMIS " + request.method() + " " + request.uri().getPath()
                + " answered " + status + (exception.isEmpty() ? "" : " " + exception) + ": " + message.strip(), null);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Encodes each segment of a path for a URL, keeping the slashes. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                out.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObjectOrNull(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : null;
    }

    /** The object id in an object's succinct properties. */
    @SuppressWarnings("unchecked")
    public static String objectId(Map<String, Object> object) {
        Object properties = object.get("succinctProperties");
        if (properties instanceof Map) {
            return String.valueOf(((Map<String, Object>) properties).get("cmis:objectId"));
        }
        Object verbose = object.get("properties");
        if (verbose instanceof Map) {
            Object id = ((Map<String, Object>) verbose).get("cmis:objectId");
            if (id instanceof Map) {
                Object value = ((Map<String, Object>) id).get("value");
                return value instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0))
                        : String.valueOf(value);
            }
        }
        throw new IllegalArgumentException("no cmis:objectId in the answer");
    }

    /** One succinct property of an object, if present. */
    @SuppressWarnings("unchecked")
    public static Optional<Object> property(Map<String, Object> object, String id) {
        Object properties = object.get("succinctProperties");
        return properties instanceof Map ? Optional.ofNullable(((Map<String, Object>) properties).get(id))
                : Optional.empty();
    }
}
