package org.denialflow.ingest;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload the server cannot even unpack (a file name with a NUL byte, a broken multipart body) is
 * the client's mistake: 400, not 500. Over the size limit stays 413. Multipart parsing happens before
 * a controller is chosen, so this has to be advice for every controller.
 */
@RestControllerAdvice
class UploadErrors {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> unreadableUpload(MultipartException e) {
        HttpStatus status = e instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "error", status.getReasonPhrase(),
                "message", status == HttpStatus.PAYLOAD_TOO_LARGE ? "The file is larger than the upload limit"
                        : "The upload could not be read as multipart/form-data with a valid file name"));
    }
}
