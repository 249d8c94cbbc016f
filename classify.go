package chaterr

// classes lists the codes in each classification. The reasons for each
// choice are in the doc comments of the methods below; a code in no list
// answers false to all of them.
var classes = [...]struct {
	flag  flags
	codes []Code
}{
	{flagRetryable, []Code{
		NetworkError, ServerNotReachable, ServerTimeout, ServerBusy,
		ServerGetDNSListFailed, MessageSendTrafficLimit,
	}},
	{flagTimeout, []Code{ServerTimeout}},
	{flagLoginRequired, []Code{
		InvalidPassword, InvalidToken, TokenExpired,
		UserNotLogin, UserAuthenticationFailed, UserLoginAnotherDevice,
		UserRemoved, UserBindAnotherDevice, UserLoginTooManyDevices,
		UserKickedByChangePassword, UserKickedByOtherDevice, UserDeviceChanged,
	}},
	{flagAlreadyDone, []Code{
		UserAlreadyLogin, GroupAlreadyJoined, ChatRoomAlreadyJoined,
		ReactionHasBeenOperated,
	}},
}

// Retryable reports whether the same call may succeed if it is made again
// later, unchanged.
//
// That holds for failures of the path to the server, which pass on their
// own: NetworkError and ServerNotReachable (the network dropped),
// ServerTimeout and ServerBusy (the server was slow or overloaded),
// ServerGetDNSListFailed (the DNS list is fetched over the same network) and
// MessageSendTrafficLimit (a rate limit, which lifts once the sender slows
// down; back off before retrying).
//
// It does not hold for quota and size limits (ExceedServiceLimit,
// AppActiveNumberReachLimitation, TranslateUsageLimit, the *ReachLimit and
// *TooLarge codes): waiting does not lift a quota. Nor for GeneralError and
// ServerUnknownError, whose cause is unknown, nor for failed uploads,
// downloads and other operations whose cause the documentation does not
// give (DatabaseError, FileUploadFailed, ContactAddFailed, MessageEditFailed,
// TranslateMessageFail and the like): retrying them blindly may repeat a side
// effect. Moderation rejections (ThirdModerationFailed, ThirdDefaultFailed)
// are decisions about the content and come back the same. NoError and
// undocumented codes are never retryable.
func (c Code) Retryable() bool { return c.lookup().flags&flagRetryable != 0 }

// Timeout reports whether c means the operation timed out: only
// ServerTimeout. Like [syscall.Errno.Timeout], it lets code that probes for
// interface{ Timeout() bool } treat it as a timeout.
func (c Code) Timeout() bool { return c.lookup().flags&flagTimeout != 0 }

// LoginRequired reports whether the login session is gone or was refused, so
// that the app must log in again (usually by showing its login screen).
//
// Sessions that ended: TokenExpired, UserNotLogin, UserAuthenticationFailed,
// UserLoginAnotherDevice, UserRemoved, UserKickedByChangePassword,
// UserKickedByOtherDevice and UserDeviceChanged; the SDK reports these as a
// forced logout. Logins that were refused for their credentials or their
// device: InvalidPassword, InvalidToken, UserBindAnotherDevice and
// UserLoginTooManyDevices.
//
// TokenWillExpire is not included: the session is still valid and only asks
// for a token renewal. Nor are UserAlreadyLoginAnother (log the other user
// out first), InvalidAppKey (a configuration error no login can fix), or
// AppActiveNumberReachLimitation and ServerServiceRestricted, which end
// sessions app-wide: a new login fails the same way until the cap resets or
// the restriction is lifted, so the login screen would only loop.
func (c Code) LoginRequired() bool { return c.lookup().flags&flagLoginRequired != 0 }

// AlreadyDone reports whether what the call asked for already holds, so that
// the caller may treat the error as success: UserAlreadyLogin,
// GroupAlreadyJoined, ChatRoomAlreadyJoined and ReactionHasBeenOperated (the
// reaction is already there).
//
// UserAlreadyExist is not included: for a sign-up form, a taken user ID is a
// real failure. Nor is ThreadAlreadyExist: the message has a thread, but not
// necessarily the one the caller meant to create.
func (c Code) AlreadyDone() bool { return c.lookup().flags&flagAlreadyDone != 0 }
