package ru.navyk.infrastructure.importing.people;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the uploaded bytes into text. Decoding is strict in both encodings: a byte that does not belong to the
 * encoding makes the file unreadable rather than turning a surname into question marks.
 */
final class CsvDecoding {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The charset used and the text, or no text when the bytes are not CSV text in that charset. */
    record Decoded(Charset charset, Optional<String> text) {
    }

    private CsvDecoding() {
    }

    static Decoded decode(byte[] content, CsvEncoding encoding) {
        Charset charset = switch (encoding) {
            case UTF_8 -> StandardCharsets.UTF_8;
            case WINDOWS_1251 -> WINDOWS_1251;
            case AUTO -> detect(content);
        };
        if (containsNul(content)) {
            // No CSV text has a NUL byte; an Excel workbook (.xlsx) or a UTF-16 «Unicode text» export does.
            return new Decoded(charset, Optional.empty());
        }
        boolean bom = charset.equals(StandardCharsets.UTF_8) && startsWithBom(content);
        ByteBuffer bytes = ByteBuffer.wrap(content, bom ? UTF_8_BOM.length : 0,
                content.length - (bom ? UTF_8_BOM.length : 0));
        return new Decoded(charset, strictly(bytes, charset));
    }

    private static Charset detect(byte[] content) {
        if (startsWithBom(content) || strictly(ByteBuffer.wrap(content), StandardCharsets.UTF_8).isPresent()) {
            return StandardCharsets.UTF_8;
        }
        return WINDOWS_1251;
    }

    private static Optional<String> strictly(ByteBuffer bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= UTF_8_BOM.length && content[0] == UTF_8_BOM[0] && content[1] == UTF_8_BOM[1]
                && content[2] == UTF_8_BOM[2];
    }

    private static boolean containsNul(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
