package au.gov.dss.socialmedia.records.mapping;

import java.util.Arrays;
import java.util.Objects;

/**
 * One file of a record's content, with its format (AGRkMS "Format") and its digests.
 *
 * @param name the file name, for example {@code 6f1c….json}
 * @param mediaType the media type, for example {@code application/json}
 * @param formatName the format's name, for example {@code JSON}
 * @param formatVersion the format's version or specification, for example {@code RFC 8259}
 * @param bytes the content (the array is copied in and out)
 */
public record ContentFile(String name, String mediaType, String formatName, String formatVersion, byte[] bytes) {

    /** Refuses missing parts and a name that is not a plain file name; copies the bytes. */
    public ContentFile {
        Objects.requireNonNull(name, "file name must not be null");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("file name must be a plain file name, but was '" + name + "'");
        }
        Objects.requireNonNull(mediaType, "media type must not be null");
        Objects.requireNonNull(formatName, "format name must not be null");
        Objects.requireNonNull(formatVersion, "format version must not be null");
        bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes. */
    public int size() {
        return bytes.length;
    }

    /** The SHA-256 of the content. */
    public String sha256() {
        return Digests.sha256Hex(bytes);
    }

    /** The SHA-512 of the content. */
    public String sha512() {
        return Digests.sha512Hex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentFile file && file.name.equals(name) && file.mediaType.equals(mediaType)
                && Arrays.equals(file.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}
