<?php
declare(strict_types=1);

namespace Zi;

/**
 * A libzi_c call failed: the zi_status code (getCode(), negative; see zi.h
 * "enum zi_status_code"), its name (status()) and zi_last_error_message() (getMessage()),
 * which says where and why (file:line, JSON pointer, sheet!cell).
 */
class ZiException extends \RuntimeException
{
    /** zi_status_code values and their names in zi.h. */
    public const NAMES = [
        0 => 'ZI_OK', -1 => 'ZI_EINVALID', -2 => 'ZI_ENOTFOUND', -3 => 'ZI_ERANGE',
        -4 => 'ZI_ENOMEM', -5 => 'ZI_EVERSION', -6 => 'ZI_EIO', -7 => 'ZI_EINTERNAL', -8 => 'ZI_EUSER',
    ];

    public function __construct(string $message, int $status, public readonly string $function = '')
    {
        parent::__construct($message, $status);
    }

    /** The status code's name in zi.h, e.g. "ZI_EIO". */
    public function status(): string
    {
        return self::NAMES[$this->getCode()] ?? 'ZI_UNKNOWN';
    }

    /** The exception class for a status: bad input and missing things are told apart. */
    public static function fromStatus(int $status, string $message, string $function): self
    {
        return match ($status) {
            -1, -3, -5 => new InvalidInputException($message, $status, $function),
            -2 => new NotFoundException($message, $status, $function),
            -6 => new IoException($message, $status, $function),
            default => new self($message, $status, $function),
        };
    }
}
