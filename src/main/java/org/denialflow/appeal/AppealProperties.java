package org.denialflow.appeal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Appeal packet settings. {@code templateFolder}: a folder of letter templates that process owners edit on the
 * server; a template there replaces the built-in one of the same file name, and new files add templates (empty:
 * only the built-in templates from {@code templates/appeal/}). {@code attachmentMaxSize}: the largest file staff
 * may attach to a denial. {@code attachmentFolder}: keep the attachments' bytes in this folder instead of the
 * database (empty: in the database); back it up with the database.
 */
@ConfigurationProperties(prefix = "denialflow.appeal")
public record AppealProperties(Path templateFolder,
                               @DefaultValue("10MB") DataSize attachmentMaxSize,
                               Path attachmentFolder) {
}
