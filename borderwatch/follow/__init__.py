"""``borderwatch follow``: poll feeds politely and store what is new.

1. ``loop.read_feed_list`` reads the feeds to follow (one address a line);
2. ``loop.run_rounds`` polls each in turn, every ``--every``, until stopped;
3. ``poll.Follower.poll`` fetches a feed with a conditional GET, reads only
   the entries it has not seen, runs each through the pipeline and stores
   it as ``ingest`` does, and says what it did in a ``PollReport``;
4. ``state.FollowState`` keeps, in the store, each feed's ETag and
   Last-Modified and each entry seen, so that a restart goes on where the
   last run stopped;
5. ``retry`` tries temporary failures again, with backoff and jitter.

The modules are imported by the command, not here, so that ``--help`` stays fast.
"""
