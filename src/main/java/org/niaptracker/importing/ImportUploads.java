package org.niaptracker.importing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded documents between their preview and their confirmation, in PostgreSQL (table
 * {@code import_upload}), so that any instance of the app can show the preview and
 * confirm it. Each is visible to the person who uploaded it only.
 */
@Repository
class ImportUploads {

	record Upload(UUID id, String partyCode, String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	ImportUploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID save(String partyCode, String username, String fileName, byte[] content) {
		UUID id = UUID.randomUUID();
		// Uploads nobody confirmed within a day are dropped.
		this.jdbc.sql("delete from import_upload where created_at < now() - interval '1 day'").update();
		this.jdbc.sql("""
				insert into import_upload (id, party_code, username, file_name, content)
				values (:id, :party, :username, :fileName, :content)""")
			.param("id", id)
			.param("party", partyCode)
			.param("username", username)
			.param("fileName", fileName)
			.param("content", content)
			.update();
		return id;
	}

	Optional<Upload> find(UUID id, String partyCode, String username) {
		return this.jdbc.sql("""
				select id, party_code, file_name, content from import_upload
				 where id = :id and party_code = :party and username = :username""")
			.param("id", id)
			.param("party", partyCode)
			.param("username", username)
			.query((rs, n) -> new Upload(rs.getObject("id", UUID.class), rs.getString("party_code"),
					rs.getString("file_name"), rs.getBytes("content")))
			.optional();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from import_upload where id = :id").param("id", id).update();
	}

}
