package chaterr

// The classifications of the codes. Each code's flags are in its row in
// table.go. The doc comment of each method names every code it holds for as
// a doc link, [Name], with the reason, and names the codes left out in plain
// text, so that the documentation is the list: TestClassificationsAreDocumented
// fails when a row's flag and the links disagree.

// Retryable reports whether the same call may succeed if it is made again
// later, unchanged. Retry with a back-off and a bounded number of attempts.
// For a whole error tree, ask the package-level [Retryable].
//
// That holds for failures of the path to the server, which pass on their
// own: [NetworkError] and [ServerNotReachable] (the network dropped),
// [ServerTimeout] and [ServerBusy] (the server was slow or overloaded),
// [ServerGetDNSListFailed] (the DNS list is fetched over the same network),
// and the connection failures of a login, [ConnectionTimeout],
// [ConnectionDNSError], [ConnectionIOError], [ConnectionStreamClosed] and
// [ConnectionProvisionTimeout]. It holds for rate limits, which lift once
// the sender slows down: [MessageSendTrafficLimit] and
// [MessageCurrentLimiting] (per user). It holds for [ExceedServiceLimit],
// which the SDK reports both for a pricing-plan quota and for an API's
// call-frequency limit: the vendor's advice for the rate limit is to retry
// after a delay, and the code does not say which case it is, so a bounded
// back-off is the right answer to both; in the quota case the attempts run
// out. And it holds for the push-service calls whose failures the vendor
// traces to the network or a busy server and answers with a retry:
// [PushUpdateConfigsFailed] (saving the push settings),
// [UserUnbindDeviceTokenFailed], [PushBindFailed] and [PushUnbindFailed];
// they change one setting to a given value, so repeating them is safe.
//
// It does not hold for the other quota and size limits
// (AppActiveNumberReachLimitation, TranslateUsageLimit, the *ReachLimit,
// *Exceed and *TooLarge codes): waiting does not lift a quota. Nor for
// GeneralError, ServerUnknownError and ServerResponseIllegal, whose cause is
// unknown, nor for failed uploads, downloads and other operations whose cause
// the documentation does not give (DatabaseError, FileUploadFailed,
// ContactAddFailed, MessageEditFailed, TranslateMessageFail,
// UserBindDeviceTokenFailed, ServerGetRTCConfigFailed and the like):
// retrying them blindly may repeat a side effect or fail the same way.
// PartialSuccess is not: part of the request took effect, and repeating all
// of it would repeat that part. Moderation rejections (ThirdModerationFailed,
// ThirdDefaultFailed) are decisions about the content and come back the
// same. NoError and undocumented codes are never retryable.
func (c Code) Retryable() bool { return c.lookup().flags&flagRetryable != 0 }

// Timeout reports whether c means that waiting for the server ran out of
// time: [ServerTimeout], and the login connection's [ConnectionTimeout] and
// [ConnectionProvisionTimeout]. Like [syscall.Errno.Timeout], it lets code
// that probes for interface{ Timeout() bool } treat it as a timeout.
//
// MessageStreamIntervalTimeout and MessageStreamTimeout are not timeouts in
// this sense: the server ended a streamed message because the app sent it
// too slowly, and the same stream sent the same way fails again.
func (c Code) Timeout() bool { return c.lookup().flags&flagTimeout != 0 }

// LoginRequired reports whether the login session is gone or was refused in
// a way that a new login can fix, so that the app should show its login
// screen (or fetch a new token) and log in again.
//
// Sessions that ended: [TokenExpired], [UserNotLogin],
// [UserAuthenticationFailed], [UserLoginAnotherDevice] (another login took
// over in single-device mode), [UserKickedByChangePassword],
// [UserKickedByOtherDevice], and [UserDeviceChanged]: the automatic login
// found another device in charge, and the vendor's advice, as for the two
// kicks, is to log out and show the login screen, where a manual login on
// this device works. Logins refused for their credentials: [InvalidPassword]
// and [InvalidToken].
//
// A code is left out when a new login fails the same way, so that the login
// screen would only loop: UserRemoved (the account is gone),
// UserBindAnotherDevice and UserLoginTooManyDevices (other devices hold the
// session until they log out), and AppActiveNumberReachLimitation and
// ServerServiceRestricted (app-wide, until the cap resets or the restriction
// is lifted). TokenWillExpire is left out too: the session is still valid and
// only asks for a token renewal. So are UserAlreadyLoginAnother (log the
// other user out first) and InvalidAppKey (a configuration error that no
// login can fix).
func (c Code) LoginRequired() bool { return c.lookup().flags&flagLoginRequired != 0 }

// AlreadyDone reports whether what the call asked for already holds, so that
// the caller may treat the error as success: [UserAlreadyLogin],
// [GroupAlreadyJoined], [ChatRoomAlreadyJoined] and [ReactionHasBeenOperated]
// (the reaction is already there).
//
// UserAlreadyExist is not included: for a sign-up form, a taken user ID is a
// real failure. Nor is ThreadAlreadyExist: the message has a thread, but not
// necessarily the one the caller meant to create. Nor is PartialSuccess: some
// items failed.
func (c Code) AlreadyDone() bool { return c.lookup().flags&flagAlreadyDone != 0 }

// Deprecated reports whether c is a documented code that current SDK
// releases no longer send: [ServiceArrearages], [InvalidURL] and
// [MessageEncryptionError], which the vendor lists as no longer used;
// [PushUnbindFailedLegacy] (902), which only the 2023 Unity and Windows
// documentation used; and [TranslateInvalidParams], [TranslateFail] and
// [TranslateNotInit] (903-905), the translation errors' numbers in early
// releases, now 1110, 1113 and 1111. Their constants carry a Deprecated
// notice; they stay so that reports from older releases still match.
func (c Code) Deprecated() bool { return c.lookup().flags&flagDeprecated != 0 }
