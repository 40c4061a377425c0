"""A teaching session and a kiosk visit, without Qt.

- `deck`: moving through a module's slides and the complaint-line card that closes it, the one
  navigation model the presenter and the kiosk share;
- `presentation`: a group session on top of it (black screen, card overlay, quiz reveal and
  show-of-hands counts), `events` and `tally` (the stream every step goes through);
- `visit`: one worker's visit at the kiosk, `visit_records` where its answers go;
- `recording`: a group session written to the records as it happens;
- `writer`: the one serial writer every records call goes through, off the interface thread.

The windows in `wsr_edu.ui` render this state and pass input to it; nothing here imports Qt.
"""
