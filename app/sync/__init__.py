"""Sync with the provincial hub (no Qt): protocol, HTTP client, outbox upload, catalog download.

The API the desktop app and the command line use::

    enroll(db, hub_url, code, ca_file=None) -> EnrollResult        # once per laptop
    SyncEngine(db).run_cycle() -> CycleReport                      # one cycle, blocking
    SyncEngine.cancel()                                            # stop after the exchanges under way
    retry_delay(failures, retry_after) -> float                    # when to try again
    sync_status(db) -> SyncStatus                                  # app.services.sync_state
"""
