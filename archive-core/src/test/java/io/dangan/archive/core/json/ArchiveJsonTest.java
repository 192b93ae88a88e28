package io.dangan.archive.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The documented JSON form (golden documents) and every way reading it fails. */
class ArchiveJsonTest {
    private final ArchiveJson json = new ArchiveJson();

    static final Subject SUBJECT = new Subject(SubjectId.of("S-0001"), CitizenId.of("11010519491231002X"), "王建国",
            Gender.FEMALE, LocalDate.of(1949, 12, 31), "汉族", LocalDate.of(1968, 9, 1), null, EducationLevel.BACHELOR,
            TitleLevel.NONE, PostLevel.DIVISION, 3);

    static final String SUBJECT_JSON = """
            {
              "formatVersion": 1,
              "id": "S-0001",
              "citizenId": "11010519491231002X",
              "name": "王建国",
              "gender": "FEMALE",
              "birthDate": "1949-12-31",
              "ethnicity": "汉族",
              "workStartDate": "1968-09-01",
              "partyJoinDate": null,
              "education": "BACHELOR",
              "titleLevel": "NONE",
              "postLevel": "DIVISION",
              "version": 3
            }
            """;

    static final Material MATERIAL = new Material(MaterialId.of("M-1"), DossierId.of("D-1"), MaterialCategory.of("4-1"),
            "干部任免审批表", "APPOINTMENT", LocalDate.of(2012, 5, 4), "中共某市委组织部", LocalDate.of(2012, 6, 1), 2,
            List.of(new ContentRef("任免审批表.pdf", "application/pdf", 20480, List.of(
                    new Digest(DigestAlgorithm.SM3, "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"),
                    new Digest(DigestAlgorithm.SHA_256,
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")))),
            MaterialStatus.FILED, 7, 1);

    static final String MATERIAL_JSON = """
            {
              "formatVersion": 1,
              "id": "M-1",
              "dossier": "D-1",
              "category": "4-1",
              "title": "干部任免审批表",
              "typeCode": "APPOINTMENT",
              "formedDate": "2012-05-04",
              "sourceUnit": "中共某市委组织部",
              "receivedDate": "2012-06-01",
              "pages": 2,
              "contents": [
                {
                  "fileName": "任免审批表.pdf",
                  "mediaType": "application/pdf",
                  "size": 20480,
                  "digests": [
                    {
                      "algorithm": "SM3",
                      "hex": "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"
                    },
                    {
                      "algorithm": "SHA-256",
                      "hex": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                    }
                  ]
                }
              ],
              "status": "FILED",
              "sequence": 7,
              "version": 1
            }
            """;

    private static void fails(ThrowingCallable call, ErrorCode code, String pointer, String... fragments) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(((ArchiveException) e).location()).isEqualTo(pointer))
                .satisfies(e -> {
                    for (String fragment : fragments) {
                        assertThat(e.getMessage()).contains(fragment);
                    }
                });
    }

    @Test
    @DisplayName("a subject is written exactly as the documented form")
    void goldenSubject() {
        assertThat(json.write(SUBJECT)).isEqualTo(SUBJECT_JSON);
        assertThat(json.readSubject(SUBJECT_JSON)).isEqualTo(SUBJECT);
    }

    @Test
    @DisplayName("a material with its contents and digests is written exactly as the documented form")
    void goldenMaterial() {
        assertThat(json.write(MATERIAL)).isEqualTo(MATERIAL_JSON);
        assertThat(json.readMaterial(MATERIAL_JSON)).isEqualTo(MATERIAL);
    }

    @Test
    @DisplayName("a list document holds its values under one named array")
    void listDocument() {
        String text = json.writeSubjects(List.of(SUBJECT));
        assertThat(text).startsWith("{\n  \"formatVersion\": 1,\n  \"subjects\": [\n    {\n      \"id\": \"S-0001\",");
        assertThat(json.readSubjects(text)).containsExactly(SUBJECT);
        assertThat(json.readMaterials("{\"formatVersion\":1,\"materials\":[]}")).isEmpty();
    }

    @Test
    @DisplayName("whitespace and a legacy lower-case digest name are accepted on read")
    void lenientWhereHarmless() {
        String compact = MATERIAL_JSON.replace("\n", "").replace("  ", "").replace("\"SHA-256\"", "\"sha256\"");
        assertThat(json.readMaterial(compact)).isEqualTo(MATERIAL);
    }

    @Test
    @DisplayName("an unknown field is JSON_UNKNOWN_FIELD naming the field and its pointer")
    void unknownField() {
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"version\": 3", "\"version\": 3, \"nickname\": \"老王\"")),
                ErrorCode.JSON_UNKNOWN_FIELD, "/nickname", "nickname");
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("\"size\": 20480,", "\"size\": 20480, \"colour\": true,")),
                ErrorCode.JSON_UNKNOWN_FIELD, "/contents/0/colour", "colour", "/contents/0/colour");
    }

    @Test
    @DisplayName("there is no polymorphic typing: a type hint is just an unknown field")
    void noDefaultTyping() {
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"id\":", "\"@class\": \"java.lang.Runtime\", \"id\":")),
                ErrorCode.JSON_UNKNOWN_FIELD, "/@class", "@class");
    }

    @Test
    @DisplayName("text that is not JSON, a repeated key or trailing content is JSON_MALFORMED")
    void malformed() {
        fails(() -> json.readSubject("{\"formatVersion\": 1, \"id\": "), ErrorCode.JSON_MALFORMED, "/id", "malformed");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"version\": 3", "\"version\": 3, \"name\": \"李四\"")),
                ErrorCode.JSON_MALFORMED, "/name", "name");
        fails(() -> json.readSubject(SUBJECT_JSON + "{}"), ErrorCode.JSON_MALFORMED, "", "malformed");
        fails(() -> json.readSubject(""), ErrorCode.JSON_MALFORMED, "", "empty");
    }

    @Test
    @DisplayName("deeply nested input is refused before it is read")
    void tooDeep() {
        String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        fails(() -> json.readSubject(deep), ErrorCode.JSON_MALFORMED, "", "nesting");
    }

    @Test
    @DisplayName("a missing or other format version is JSON_UNSUPPORTED_VERSION")
    void formatVersion() {
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"formatVersion\": 1,", "")),
                ErrorCode.JSON_UNSUPPORTED_VERSION, "/formatVersion", "no \"formatVersion\"");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
                ErrorCode.JSON_UNSUPPORTED_VERSION, "/formatVersion", "version 2", "version 1");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"")),
                ErrorCode.JSON_INVALID_VALUE, "/formatVersion", "integer 1");
    }

    @Test
    @DisplayName("a value the model refuses is JSON_INVALID_VALUE at its pointer, with the model's error as cause")
    void modelRefusesValue() {
        assertThatThrownBy(() -> json.readSubject(SUBJECT_JSON.replace("11010519491231002X", "110105194912310021")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.JSON_INVALID_VALUE))
                .satisfies(e -> assertThat(((ArchiveException) e).location()).isEqualTo("/citizenId"))
                .hasMessageContainingAll("/citizenId", "CITIZEN_ID_CHECK", "expected X")
                .hasRootCauseInstanceOf(InvalidInputException.class);
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"1968-09-01\"", "\"1940-09-01\"")),
                ErrorCode.JSON_INVALID_VALUE, "/workStartDate", "DATE_ORDER");
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("\"4-1\"", "\"11\"")),
                ErrorCode.JSON_INVALID_VALUE, "/category", "CATEGORY_UNKNOWN");
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("\"pages\": 2", "\"pages\": 0")),
                ErrorCode.JSON_INVALID_VALUE, "/pages", "expected at least 1");
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("1ab21d83", "1AB21D83")),
                ErrorCode.JSON_INVALID_VALUE, "/contents/0/digests/0", "lower-case hex");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"王建国\"", "\"  \"")),
                ErrorCode.JSON_INVALID_VALUE, "/name", "blank");
    }

    @Test
    @DisplayName("a value of the wrong type or form is JSON_INVALID_VALUE at its pointer")
    void wrongType() {
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("\"pages\": 2", "\"pages\": \"2\"")),
                ErrorCode.JSON_INVALID_VALUE, "/pages");
        fails(() -> json.readMaterial(MATERIAL_JSON.replace("\"pages\": 2", "\"pages\": 2.5")),
                ErrorCode.JSON_INVALID_VALUE, "/pages");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"王建国\"", "42")),
                ErrorCode.JSON_INVALID_VALUE, "/name");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"FEMALE\"", "\"F\"")),
                ErrorCode.JSON_INVALID_VALUE, "/gender", "F");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"1949-12-31\"", "\"1949-12-31T00:00\"")),
                ErrorCode.JSON_INVALID_VALUE, "/birthDate", "yyyy-MM-dd");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"S-0001\"", "{\"value\": \"S-0001\"}")),
                ErrorCode.JSON_INVALID_VALUE, "/id");
        fails(() -> json.readSubject("[1, 2]"), ErrorCode.JSON_INVALID_VALUE, "", "array");
    }

    @Test
    @DisplayName("a missing field or a null where a value is required is JSON_INVALID_VALUE at that field")
    void missingOrNull() {
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"name\": \"王建国\",", "")),
                ErrorCode.JSON_INVALID_VALUE, "/name", "missing");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"partyJoinDate\": null,", "")),
                ErrorCode.JSON_INVALID_VALUE, "/partyJoinDate", "missing");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"王建国\"", "null")),
                ErrorCode.JSON_INVALID_VALUE, "/name");
        fails(() -> json.readSubject(SUBJECT_JSON.replace("\"version\": 3", "\"version\": null")),
                ErrorCode.JSON_INVALID_VALUE, "/version");
    }

    @Test
    @DisplayName("in a list document, errors point into the array, and stray top-level fields are unknown")
    void listErrors() {
        String two = json.writeSubjects(List.of(SUBJECT, SUBJECT.withVersion(4)));
        fails(() -> json.readSubjects(two.replaceFirst("\"version\": 4", "\"version\": 4, \"extra\": 1")),
                ErrorCode.JSON_UNKNOWN_FIELD, "/subjects/1/extra", "extra");
        fails(() -> json.readSubjects(two.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"units\": [],")),
                ErrorCode.JSON_UNKNOWN_FIELD, "/units", "units");
        fails(() -> json.readSubjects("{\"formatVersion\": 1, \"subjects\": {}}"),
                ErrorCode.JSON_INVALID_VALUE, "/subjects", "expected an array");
        fails(() -> json.readSubjects("{\"formatVersion\": 1}"), ErrorCode.JSON_INVALID_VALUE, "/subjects", "missing");
    }
}
