window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "1099700689626841381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1099700689626841381",
      "created_at" : "Sat Jan 09 22:40:08 +0000 2016",
      "favorited" : false,
      "full_text" : "@chi_165 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "3",
      "id_str" : "83021863905722703",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "83021863905722703",
      "created_at" : "Tue Jan 05 17:19:37 +0000 2016",
      "favorited" : false,
      "full_text" : "@abeaulier99 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Şule Durhan",
            "screen_name" : "suledurhan92",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700162165",
            "id" : "700162165"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "6",
      "id_str" : "572351314422784094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "572351314422784094",
      "created_at" : "Mon Jan 04 01:29:26 +0000 2016",
      "favorited" : false,
      "full_text" : "@suledurhan92 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "402557105174316371",
      "in_reply_to_status_id" : "402557105174316371",
      "in_reply_to_user_id" : "700162165",
      "in_reply_to_user_id_str" : "700162165",
      "in_reply_to_screen_name" : "suledurhan92"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "1004402285618719349",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1004402285618719349",
      "created_at" : "Thu Dec 31 23:15:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ashley Harvey",
            "screen_name" : "ashley.xo",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700095000",
            "id" : "700095000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "268975198780739073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "268975198780739073",
      "created_at" : "Tue Dec 29 21:03:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@ashley.xo Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "780003562831130806",
      "in_reply_to_status_id" : "780003562831130806",
      "in_reply_to_user_id" : "700095000",
      "in_reply_to_user_id_str" : "700095000",
      "in_reply_to_screen_name" : "ashley.xo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Blackton",
            "screen_name" : "betty_bla6",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116609",
            "id" : "700116609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "60889659518397735",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "60889659518397735",
      "created_at" : "Mon Dec 21 11:53:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@betty_bla6 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Aurélien Beaulier",
            "screen_name" : "abeaulier99",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700079663",
            "id" : "700079663"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "432201548006731088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "432201548006731088",
      "created_at" : "Wed Dec 16 09:11:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@abeaulier99 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "752437867280442481",
      "in_reply_to_status_id" : "752437867280442481",
      "in_reply_to_user_id" : "700079663",
      "in_reply_to_user_id_str" : "700079663",
      "in_reply_to_screen_name" : "abeaulier99"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Blackton",
            "screen_name" : "betty_bla6",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700116609",
            "id" : "700116609"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "855426610698014959",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "855426610698014959",
      "created_at" : "Tue Dec 15 09:43:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@betty_bla6 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "273234296070267181",
      "in_reply_to_status_id" : "273234296070267181",
      "in_reply_to_user_id" : "700116609",
      "in_reply_to_user_id_str" : "700116609",
      "in_reply_to_screen_name" : "betty_bla6"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nguyễn Quốc Hương",
            "screen_name" : "qnguyen22",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700029613",
            "id" : "700029613"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "899273207142758718",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "899273207142758718",
      "created_at" : "Mon Dec 14 02:58:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@qnguyen22 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "697434651647320592",
      "in_reply_to_status_id" : "697434651647320592",
      "in_reply_to_user_id" : "700029613",
      "in_reply_to_user_id_str" : "700029613",
      "in_reply_to_screen_name" : "qnguyen22"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "5",
      "id_str" : "493017365903157101",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "493017365903157101",
      "created_at" : "Sat Dec 12 15:04:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "1033975790023334720",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1033975790023334720",
      "created_at" : "Sat Dec 12 05:53:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1033894103864535669",
      "in_reply_to_status_id" : "1033894103864535669",
      "in_reply_to_user_id" : "700099333",
      "in_reply_to_user_id_str" : "700099333",
      "in_reply_to_screen_name" : "irene_diaz"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "298398571108012814",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "298398571108012814",
      "created_at" : "Tue Dec 08 18:29:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "954850038670175228",
      "in_reply_to_status_id" : "954850038670175228",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sophie Kühn",
            "screen_name" : "sophie.photo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700082603",
            "id" : "700082603"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "553982819762858124",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "553982819762858124",
      "created_at" : "Mon Dec 07 21:06:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@sophie.photo Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "153934864022788340",
      "in_reply_to_status_id" : "153934864022788340",
      "in_reply_to_user_id" : "700082603",
      "in_reply_to_user_id_str" : "700082603",
      "in_reply_to_screen_name" : "sophie.photo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1148230363138269200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1148230363138269200",
      "created_at" : "Mon Nov 30 03:51:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "10",
      "id_str" : "748693984621482280",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "748693984621482280",
      "created_at" : "Sun Nov 29 14:42:27 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "1045114039374761470",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1045114039374761470",
      "created_at" : "Mon Nov 23 20:12:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 See you tomorrow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "777658446198951481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "777658446198951481",
      "created_at" : "Sun Nov 22 09:39:24 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "9",
      "id_str" : "43494657681658892",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "43494657681658892",
      "created_at" : "Thu Nov 19 17:59:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Vevári Ferenc",
            "screen_name" : "ferenc89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700091794",
            "id" : "700091794"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "44457591939673788",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "44457591939673788",
      "created_at" : "Tue Nov 17 17:13:14 +0000 2015",
      "favorited" : false,
      "full_text" : "@ferenc89 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "698003919468678762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "698003919468678762",
      "created_at" : "Mon Nov 16 03:51:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1061928809062934992",
      "in_reply_to_status_id" : "1061928809062934992",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "4",
      "id_str" : "1011838943690936343",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1011838943690936343",
      "created_at" : "Sat Nov 14 21:09:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1128145932624080806",
      "in_reply_to_status_id" : "1128145932624080806",
      "in_reply_to_user_id" : "700021262",
      "in_reply_to_user_id_str" : "700021262",
      "in_reply_to_screen_name" : "nathansmith91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "7",
      "id_str" : "206160635217209225",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "206160635217209225",
      "created_at" : "Tue Nov 10 13:57:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "135490203515258159",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "135490203515258159",
      "created_at" : "Mon Nov 09 05:47:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathan Smith",
            "screen_name" : "nathansmith91",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700021262",
            "id" : "700021262"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "848132514398269033",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "848132514398269033",
      "created_at" : "Tue Nov 03 09:33:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@nathansmith91 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "7",
      "id_str" : "1088367150650848035",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1088367150650848035",
      "created_at" : "Sun Oct 25 00:17:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 Congrats on the new job! 🎉",
      "lang" : "en",
      "in_reply_to_status_id_str" : "443741674424509328",
      "in_reply_to_status_id" : "443741674424509328",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "400869031225841949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "400869031225841949",
      "created_at" : "Sat Oct 24 06:14:43 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "306830725509487286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "306830725509487286",
      "created_at" : "Wed Oct 07 13:14:25 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "5",
      "id_str" : "96633282797222136",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "96633282797222136",
      "created_at" : "Sun Oct 04 11:43:30 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "810727135815774277",
      "in_reply_to_status_id" : "810727135815774277",
      "in_reply_to_user_id" : "700087104",
      "in_reply_to_user_id_str" : "700087104",
      "in_reply_to_screen_name" : "richard_chadby"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya Talwar",
            "screen_name" : "priya.travels",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700139394",
            "id" : "700139394"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "216841742141712635",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "216841742141712635",
      "created_at" : "Sun Oct 04 07:37:19 +0000 2015",
      "favorited" : false,
      "full_text" : "@priya.travels Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "440358538071070463",
      "in_reply_to_status_id" : "440358538071070463",
      "in_reply_to_user_id" : "700139394",
      "in_reply_to_user_id_str" : "700139394",
      "in_reply_to_screen_name" : "priya.travels"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "655291536900393387",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "655291536900393387",
      "created_at" : "Sat Sep 26 02:35:40 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "663199720876994840",
      "in_reply_to_status_id" : "663199720876994840",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "214633224818727679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "214633224818727679",
      "created_at" : "Thu Sep 24 20:13:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "3",
      "id_str" : "557948973975724715",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "557948973975724715",
      "created_at" : "Mon Sep 21 05:23:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "209624869207541175",
      "in_reply_to_status_id" : "209624869207541175",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Orbnyi Margit",
            "screen_name" : "margit89",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700137336",
            "id" : "700137336"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "387595717260523620",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "387595717260523620",
      "created_at" : "Sun Sep 20 18:20:46 +0000 2015",
      "favorited" : false,
      "full_text" : "@margit89 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "131917400901111448",
      "in_reply_to_status_id" : "131917400901111448",
      "in_reply_to_user_id" : "700137336",
      "in_reply_to_user_id_str" : "700137336",
      "in_reply_to_screen_name" : "margit89"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "495484210726826162",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "495484210726826162",
      "created_at" : "Fri Sep 18 06:10:11 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "225946247081287066",
      "in_reply_to_status_id" : "225946247081287066",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "6",
      "id_str" : "313005551337505269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "313005551337505269",
      "created_at" : "Wed Sep 16 23:11:31 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "172773695201235983",
      "in_reply_to_status_id" : "172773695201235983",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑明萱",
            "screen_name" : "chi_165",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700048079",
            "id" : "700048079"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "7",
      "id_str" : "952112902622622938",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "952112902622622938",
      "created_at" : "Mon Sep 14 02:40:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi_165 谢谢你！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "649033755682938399",
      "in_reply_to_status_id" : "649033755682938399",
      "in_reply_to_user_id" : "700048079",
      "in_reply_to_user_id_str" : "700048079",
      "in_reply_to_screen_name" : "chi_165"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "8",
      "id_str" : "422493979686299887",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "422493979686299887",
      "created_at" : "Fri Sep 11 03:58:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "733765003473040206",
      "in_reply_to_status_id" : "733765003473040206",
      "in_reply_to_user_id" : "700007444",
      "in_reply_to_user_id_str" : "700007444",
      "in_reply_to_screen_name" : "fairleyj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "7",
      "id_str" : "389641825507989934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "389641825507989934",
      "created_at" : "Wed Sep 09 20:05:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "804840001236087427",
      "in_reply_to_status_id" : "804840001236087427",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Richard Chadby",
            "screen_name" : "richard_chadby",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700087104",
            "id" : "700087104"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "4",
      "id_str" : "1009083495019467046",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1009083495019467046",
      "created_at" : "Mon Sep 07 05:42:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@richard_chadby Cảm ơn bạn nhiều",
      "lang" : "en",
      "in_reply_to_status_id_str" : "606966584842346833",
      "in_reply_to_status_id" : "606966584842346833",
      "in_reply_to_user_id" : "700087104",
      "in_reply_to_user_id_str" : "700087104",
      "in_reply_to_screen_name" : "richard_chadby"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jeffrey Ellersshaw",
            "screen_name" : "jeffrey.art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700039399",
            "id" : "700039399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "601976855694389037",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "601976855694389037",
      "created_at" : "Sat Sep 05 23:32:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@jeffrey.art Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "356546176490371890",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "356546176490371890",
      "created_at" : "Fri Sep 04 17:05:26 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "665301741421934280",
      "in_reply_to_status_id" : "665301741421934280",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Simão Almeida",
            "screen_name" : "simaoalmeida",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700134578",
            "id" : "700134578"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "467163374293811972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "467163374293811972",
      "created_at" : "Thu Sep 03 14:11:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@simaoalmeida Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "711684762070696610",
      "in_reply_to_status_id" : "711684762070696610",
      "in_reply_to_user_id" : "700134578",
      "in_reply_to_user_id_str" : "700134578",
      "in_reply_to_screen_name" : "simaoalmeida"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "1112668528359739288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1112668528359739288",
      "created_at" : "Fri Aug 28 12:58:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "6",
      "id_str" : "895439869010907172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "895439869010907172",
      "created_at" : "Mon Aug 24 14:39:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "213178929955962215",
      "in_reply_to_status_id" : "213178929955962215",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Montserrat López",
            "screen_name" : "montserrat.music",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700088406",
            "id" : "700088406"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "6",
      "id_str" : "453126688177771395",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "453126688177771395",
      "created_at" : "Sun Aug 23 15:41:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@montserrat.music Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "851516888445106990",
      "in_reply_to_status_id" : "851516888445106990",
      "in_reply_to_user_id" : "700088406",
      "in_reply_to_user_id_str" : "700088406",
      "in_reply_to_screen_name" : "montserrat.music"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "1082414811538536045",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1082414811538536045",
      "created_at" : "Sat Aug 22 13:57:42 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Спасибо, увидимся",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "4",
      "id_str" : "448266362875895978",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448266362875895978",
      "created_at" : "Sat Aug 15 19:47:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Echera",
            "screen_name" : "dechera43",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700119031",
            "id" : "700119031"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "150809675403810804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "150809675403810804",
      "created_at" : "Wed Aug 12 01:41:00 +0000 2015",
      "favorited" : false,
      "full_text" : "@dechera43 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mahmut Yalsoy",
            "screen_name" : "mahmut.yalsoy",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700149285",
            "id" : "700149285"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "418104962411934261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "418104962411934261",
      "created_at" : "Tue Aug 11 20:05:59 +0000 2015",
      "favorited" : false,
      "full_text" : "@mahmut.yalsoy Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jack Fairley",
            "screen_name" : "fairleyj",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007444",
            "id" : "700007444"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "1090608067057575280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1090608067057575280",
      "created_at" : "Mon Aug 10 07:52:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@fairleyj Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "6",
      "id_str" : "536833562592500337",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "536833562592500337",
      "created_at" : "Fri Aug 07 17:28:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "915714677455185295",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "915714677455185295",
      "created_at" : "Mon Jul 27 06:07:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Евгений Панов",
            "screen_name" : "rus576",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700103582",
            "id" : "700103582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "794089593577464270",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "794089593577464270",
      "created_at" : "Tue Jul 21 04:14:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus576 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "895296915718701460",
      "in_reply_to_status_id" : "895296915718701460",
      "in_reply_to_user_id" : "700103582",
      "in_reply_to_user_id_str" : "700103582",
      "in_reply_to_screen_name" : "rus576"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "1",
      "id_str" : "282680855634664128",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "282680855634664128",
      "created_at" : "Wed Jul 15 18:22:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "322154239888446343",
      "in_reply_to_status_id" : "322154239888446343",
      "in_reply_to_user_id" : "700104163",
      "in_reply_to_user_id_str" : "700104163",
      "in_reply_to_screen_name" : "lorincfekete7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "7",
      "id_str" : "1119911144877007727",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1119911144877007727",
      "created_at" : "Wed Jul 15 01:35:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "1072310063327301449",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1072310063327301449",
      "created_at" : "Fri Jul 10 19:32:28 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "472708929176412560",
      "in_reply_to_status_id" : "472708929176412560",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jeffrey Ellersshaw",
            "screen_name" : "jeffrey.art",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700039399",
            "id" : "700039399"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "9",
      "id_str" : "349265616347630248",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "349265616347630248",
      "created_at" : "Wed Jul 08 03:10:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@jeffrey.art Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "675114763628706753",
      "in_reply_to_status_id" : "675114763628706753",
      "in_reply_to_user_id" : "700039399",
      "in_reply_to_user_id_str" : "700039399",
      "in_reply_to_screen_name" : "jeffrey.art"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene Díaz",
            "screen_name" : "irene_diaz",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700099333",
            "id" : "700099333"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "738433535858060274",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "738433535858060274",
      "created_at" : "Wed Jul 01 03:03:29 +0000 2015",
      "favorited" : false,
      "full_text" : "@irene_diaz Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "504260703461912112",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "504260703461912112",
      "created_at" : "Sat Jun 27 17:59:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "516264100973386746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "516264100973386746",
      "created_at" : "Sun Jun 21 14:38:20 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Köszönöm szépen!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1012288964595509338",
      "in_reply_to_status_id" : "1012288964595509338",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "743793847024983961",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "743793847024983961",
      "created_at" : "Mon Jun 15 00:49:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Евгений Панов",
            "screen_name" : "rus576",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700103582",
            "id" : "700103582"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "759961843309640475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "759961843309640475",
      "created_at" : "Sun Jun 14 11:30:41 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus576 Obrigado, até já",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "6",
      "id_str" : "266215384489404520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "266215384489404520",
      "created_at" : "Sun Jun 14 07:57:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fekete Lőrinc",
            "screen_name" : "lorincfekete7",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700104163",
            "id" : "700104163"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "255217093439528223",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "255217093439528223",
      "created_at" : "Sat Jun 13 20:22:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@lorincfekete7 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "138476213263179195",
      "in_reply_to_status_id" : "138476213263179195",
      "in_reply_to_user_id" : "700104163",
      "in_reply_to_user_id_str" : "700104163",
      "in_reply_to_screen_name" : "lorincfekete7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "189275741777793928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "189275741777793928",
      "created_at" : "Sat Jun 13 19:26:06 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "336232532981900757",
      "in_reply_to_status_id" : "336232532981900757",
      "in_reply_to_user_id" : "700136629",
      "in_reply_to_user_id_str" : "700136629",
      "in_reply_to_screen_name" : "susanne_esc36"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Iglesias",
            "screen_name" : "germaniglesias",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700135880",
            "id" : "700135880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "9",
      "id_str" : "515067238077740019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "515067238077740019",
      "created_at" : "Sat Jun 13 04:07:16 +0000 2015",
      "favorited" : false,
      "full_text" : "@germaniglesias Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "334095046052132426",
      "in_reply_to_status_id" : "334095046052132426",
      "in_reply_to_user_id" : "700135880",
      "in_reply_to_user_id_str" : "700135880",
      "in_reply_to_screen_name" : "germaniglesias"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nicole Bradwick",
            "screen_name" : "bradwickn",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001067",
            "id" : "700001067"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1105499602336571765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1105499602336571765",
      "created_at" : "Thu Jun 11 14:42:44 +0000 2015",
      "favorited" : false,
      "full_text" : "@bradwickn Cảm ơn bạn nhiều",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "6",
      "id_str" : "318631214988021084",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "318631214988021084",
      "created_at" : "Sat Jun 06 20:48:23 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "665534767847533832",
      "in_reply_to_status_id" : "665534767847533832",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "622452874807439032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "622452874807439032",
      "created_at" : "Mon Jun 01 16:01:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@ara.dev I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "546780159633911856",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "546780159633911856",
      "created_at" : "Wed May 27 22:39:48 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1098248696580572309",
      "in_reply_to_status_id" : "1098248696580572309",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "5",
      "id_str" : "498179027620424909",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "498179027620424909",
      "created_at" : "Sun May 24 18:29:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap.real8 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "678095253386368717",
      "in_reply_to_status_id" : "678095253386368717",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "4",
      "id_str" : "965669317288973710",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "965669317288973710",
      "created_at" : "Mon May 18 12:03:10 +0000 2015",
      "favorited" : false,
      "full_text" : "@jap.real8 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "7",
      "id_str" : "251167606368763711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "251167606368763711",
      "created_at" : "Mon May 11 13:25:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "224198628524656682",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "224198628524656682",
      "created_at" : "Sun May 10 21:05:35 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "573407394245408315",
      "in_reply_to_status_id" : "573407394245408315",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "4",
      "id_str" : "1080085910802676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1080085910802676",
      "created_at" : "Fri May 08 20:23:37 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "275688229271315589",
      "in_reply_to_status_id" : "275688229271315589",
      "in_reply_to_user_id" : "700095189",
      "in_reply_to_user_id_str" : "700095189",
      "in_reply_to_screen_name" : "juliette91"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thomas Hagebaum",
            "screen_name" : "thomas_hagebaum",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700010566",
            "id" : "700010566"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "393062922023727378",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "393062922023727378",
      "created_at" : "Fri May 08 10:29:32 +0000 2015",
      "favorited" : false,
      "full_text" : "@thomas_hagebaum Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "769856558196589758",
      "in_reply_to_status_id" : "769856558196589758",
      "in_reply_to_user_id" : "700010566",
      "in_reply_to_user_id_str" : "700010566",
      "in_reply_to_screen_name" : "thomas_hagebaum"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "1119109092599427311",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1119109092599427311",
      "created_at" : "Thu Apr 30 01:17:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "838297649248306484",
      "in_reply_to_status_id" : "838297649248306484",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "896870453456770208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "896870453456770208",
      "created_at" : "Mon Apr 27 11:40:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Thanks so much 🙏",
      "lang" : "en",
      "in_reply_to_status_id_str" : "603587610575918547",
      "in_reply_to_status_id" : "603587610575918547",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "568302656845326026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "568302656845326026",
      "created_at" : "Sun Apr 26 16:36:50 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "617574201898782367",
      "in_reply_to_status_id" : "617574201898782367",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Charles Pemworth",
            "screen_name" : "pemworthc",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700107082",
            "id" : "700107082"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "534966176542780720",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "534966176542780720",
      "created_at" : "Wed Apr 22 23:17:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@pemworthc I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "882000549653791740",
      "in_reply_to_status_id" : "882000549653791740",
      "in_reply_to_user_id" : "700107082",
      "in_reply_to_user_id_str" : "700107082",
      "in_reply_to_screen_name" : "pemworthc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Juliette Gauchamp 🌸",
            "screen_name" : "juliette91",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700095189",
            "id" : "700095189"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "168904051166079648",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "168904051166079648",
      "created_at" : "Sun Apr 19 20:10:36 +0000 2015",
      "favorited" : false,
      "full_text" : "@juliette91 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "276802211781075241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "276802211781075241",
      "created_at" : "Wed Apr 15 04:05:54 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "200132658459648320",
      "in_reply_to_status_id" : "200132658459648320",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Дмитрий Черский",
            "screen_name" : "rus_27384",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001361",
            "id" : "700001361"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "409029423653091911",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "409029423653091911",
      "created_at" : "Tue Apr 14 00:59:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@rus_27384 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "421447048205429954",
      "in_reply_to_status_id" : "421447048205429954",
      "in_reply_to_user_id" : "700001361",
      "in_reply_to_user_id_str" : "700001361",
      "in_reply_to_screen_name" : "rus_27384"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "8",
      "id_str" : "664148536987832898",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "664148536987832898",
      "created_at" : "Thu Apr 09 03:57:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 On my way 🚗",
      "lang" : "en",
      "in_reply_to_status_id_str" : "4994037072001908",
      "in_reply_to_status_id" : "4994037072001908",
      "in_reply_to_user_id" : "700137959",
      "in_reply_to_user_id_str" : "700137959",
      "in_reply_to_screen_name" : "rekaracz68"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "590732031620700071",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "590732031620700071",
      "created_at" : "Sun Apr 05 15:20:49 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Merci beaucoup !",
      "lang" : "en",
      "in_reply_to_status_id_str" : "374675046838391414",
      "in_reply_to_status_id" : "374675046838391414",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "7",
      "id_str" : "988238567662771920",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "988238567662771920",
      "created_at" : "Mon Mar 30 21:11:09 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "561670705093190210",
      "in_reply_to_status_id" : "561670705093190210",
      "in_reply_to_user_id" : "700051103",
      "in_reply_to_user_id_str" : "700051103",
      "in_reply_to_screen_name" : "julienmontcourt7"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "姜嘉琪 🌸",
            "screen_name" : "chi.868",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700093425",
            "id" : "700093425"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "4",
      "id_str" : "834033214441014685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "834033214441014685",
      "created_at" : "Mon Mar 30 19:33:08 +0000 2015",
      "favorited" : false,
      "full_text" : "@chi.868 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "241452313110025043",
      "in_reply_to_status_id" : "241452313110025043",
      "in_reply_to_user_id" : "700093425",
      "in_reply_to_user_id_str" : "700093425",
      "in_reply_to_screen_name" : "chi.868"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rácz Réka",
            "screen_name" : "rekaracz68",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700137959",
            "id" : "700137959"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "287205266355514916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "287205266355514916",
      "created_at" : "Mon Mar 30 18:38:51 +0000 2015",
      "favorited" : false,
      "full_text" : "@rekaracz68 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susanne Eschberger",
            "screen_name" : "susanne_esc36",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700136629",
            "id" : "700136629"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "1051519114007947601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1051519114007947601",
      "created_at" : "Wed Mar 25 19:12:03 +0000 2015",
      "favorited" : false,
      "full_text" : "@susanne_esc36 Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán Iglesias",
            "screen_name" : "germaniglesias",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700135880",
            "id" : "700135880"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "296154610491415786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "296154610491415786",
      "created_at" : "Thu Mar 19 16:16:45 +0000 2015",
      "favorited" : false,
      "full_text" : "@germaniglesias I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "676068940459839272",
      "in_reply_to_status_id" : "676068940459839272",
      "in_reply_to_user_id" : "700135880",
      "in_reply_to_user_id_str" : "700135880",
      "in_reply_to_screen_name" : "germaniglesias"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "348745973049083697",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "348745973049083697",
      "created_at" : "Fri Mar 13 20:06:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Can you send me the slides?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Julien Montcourt",
            "screen_name" : "julienmontcourt7",
            "indices" : [
              "0",
              "17"
            ],
            "id_str" : "700051103",
            "id" : "700051103"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "994716789620377074",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "994716789620377074",
      "created_at" : "Mon Mar 09 09:12:13 +0000 2015",
      "favorited" : false,
      "full_text" : "@julienmontcourt7 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "546637349020955475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "546637349020955475",
      "created_at" : "Thu Feb 26 22:59:56 +0000 2015",
      "favorited" : false,
      "full_text" : "@gre64872 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "836527751997125105",
      "in_reply_to_status_id" : "836527751997125105",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "417703748961492174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "417703748961492174",
      "created_at" : "Sun Feb 22 11:02:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "600828656534794391",
      "in_reply_to_status_id" : "600828656534794391",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rebecca Lloyd",
            "screen_name" : "lloydr",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700135915",
            "id" : "700135915"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "134919082508051712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "134919082508051712",
      "created_at" : "Fri Feb 13 23:53:34 +0000 2015",
      "favorited" : false,
      "full_text" : "@lloydr I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "942275197787017204",
      "in_reply_to_status_id" : "942275197787017204",
      "in_reply_to_user_id" : "700135915",
      "in_reply_to_user_id_str" : "700135915",
      "in_reply_to_screen_name" : "lloydr"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "5",
      "id_str" : "871769601506611829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "871769601506611829",
      "created_at" : "Tue Feb 10 08:38:12 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "819018963355438128",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "819018963355438128",
      "created_at" : "Sun Feb 08 21:01:33 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "729130998793829768",
      "in_reply_to_status_id" : "729130998793829768",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Irene López",
            "screen_name" : "lopezi",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700141046",
            "id" : "700141046"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "7",
      "id_str" : "1108897305578246293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1108897305578246293",
      "created_at" : "Sun Feb 08 05:20:55 +0000 2015",
      "favorited" : false,
      "full_text" : "@lopezi Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1022913026203096805",
      "in_reply_to_status_id" : "1022913026203096805",
      "in_reply_to_user_id" : "700141046",
      "in_reply_to_user_id_str" : "700141046",
      "in_reply_to_screen_name" : "lopezi"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "5",
      "id_str" : "710780533676671290",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "710780533676671290",
      "created_at" : "Sat Jan 31 10:55:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 ありがとう！",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "448506683990640890",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448506683990640890",
      "created_at" : "Sun Jan 25 01:50:18 +0000 2015",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Long time no see!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "60545221341882294",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "60545221341882294",
      "created_at" : "Fri Jan 23 04:32:38 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "672997615691600318",
      "in_reply_to_status_id" : "672997615691600318",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "837901476605762616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "837901476605762616",
      "created_at" : "Mon Jan 19 17:20:57 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "7",
      "id_str" : "404771490674843523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "404771490674843523",
      "created_at" : "Thu Jan 15 08:35:47 +0000 2015",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1013636329467140040",
      "in_reply_to_status_id" : "1013636329467140040",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "881993598969110209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "881993598969110209",
      "created_at" : "Wed Jan 07 12:49:39 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "807963770139560740",
      "in_reply_to_status_id" : "807963770139560740",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "1142031883017139601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1142031883017139601",
      "created_at" : "Sat Jan 03 17:34:17 +0000 2015",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "6",
      "id_str" : "709034647322126683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "709034647322126683",
      "created_at" : "Sat Dec 27 21:32:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap.real8 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "136692709105338262",
      "in_reply_to_status_id" : "136692709105338262",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "232741824152640330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "232741824152640330",
      "created_at" : "Mon Dec 22 02:48:04 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "814373235022605660",
      "in_reply_to_status_id" : "814373235022605660",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "844767581866769134",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "844767581866769134",
      "created_at" : "Sun Dec 21 16:06:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "688551407474365654",
      "in_reply_to_status_id" : "688551407474365654",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "森田悠菜",
            "screen_name" : "jap.real8",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700118604",
            "id" : "700118604"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "4",
      "id_str" : "449513243045235233",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "449513243045235233",
      "created_at" : "Mon Dec 15 20:45:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@jap.real8 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "919594515605500789",
      "in_reply_to_status_id" : "919594515605500789",
      "in_reply_to_user_id" : "700118604",
      "in_reply_to_user_id_str" : "700118604",
      "in_reply_to_screen_name" : "jap.real8"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "邓梓怡",
            "screen_name" : "c9821",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700078627",
            "id" : "700078627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "5",
      "id_str" : "50357599896188657",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "50357599896188657",
      "created_at" : "Mon Dec 15 13:46:25 +0000 2014",
      "favorited" : false,
      "full_text" : "@c9821 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "952924816542637921",
      "in_reply_to_status_id" : "952924816542637921",
      "in_reply_to_user_id" : "700078627",
      "in_reply_to_user_id_str" : "700078627",
      "in_reply_to_screen_name" : "c9821"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "5",
      "id_str" : "237031692833525842",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "237031692833525842",
      "created_at" : "Mon Dec 15 12:36:08 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1129988680314336671",
      "in_reply_to_status_id" : "1129988680314336671",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "4",
      "id_str" : "875146988036109155",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "875146988036109155",
      "created_at" : "Tue Dec 09 07:35:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "151908109367219125",
      "in_reply_to_status_id" : "151908109367219125",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Barbara Mazur",
            "screen_name" : "barbara.music",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "700081371",
            "id" : "700081371"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "5",
      "id_str" : "350529072666120885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "350529072666120885",
      "created_at" : "Sat Dec 06 00:15:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@barbara.music Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "6",
      "id_str" : "246088401856492211",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "246088401856492211",
      "created_at" : "Thu Dec 04 05:24:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "373600050246770683",
      "in_reply_to_status_id" : "373600050246770683",
      "in_reply_to_user_id" : "700054323",
      "in_reply_to_user_id_str" : "700054323",
      "in_reply_to_screen_name" : "jadwigamichalak86"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "352050602165014874",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "352050602165014874",
      "created_at" : "Thu Dec 04 02:27:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "4",
      "id_str" : "224988817046422328",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "224988817046422328",
      "created_at" : "Tue Nov 18 18:46:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Дмитрий Черский",
            "screen_name" : "rus_27384",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700001361",
            "id" : "700001361"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "5",
      "id_str" : "554298390033611126",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "554298390033611126",
      "created_at" : "Tue Nov 18 06:15:22 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus_27384 Danke dir, bis später",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jason Bishop",
            "screen_name" : "bishopj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700071991",
            "id" : "700071991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "686262691413415384",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "686262691413415384",
      "created_at" : "Mon Nov 17 19:55:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@bishopj Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "3",
      "id_str" : "585871710928180624",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "585871710928180624",
      "created_at" : "Tue Nov 11 15:14:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Clément Clairchamp",
            "screen_name" : "clairchampc",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700119808",
            "id" : "700119808"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "697419879316638861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "697419879316638861",
      "created_at" : "Sun Nov 09 08:58:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@clairchampc Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "360935601723637959",
      "in_reply_to_status_id" : "360935601723637959",
      "in_reply_to_user_id" : "700119808",
      "in_reply_to_user_id_str" : "700119808",
      "in_reply_to_screen_name" : "clairchampc"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Margaret Hayes",
            "screen_name" : "margarethayes56",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700109112",
            "id" : "700109112"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "5",
      "id_str" : "746598438481072306",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "746598438481072306",
      "created_at" : "Sat Nov 08 03:49:44 +0000 2014",
      "favorited" : false,
      "full_text" : "@margarethayes56 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "935755605709979944",
      "in_reply_to_status_id" : "935755605709979944",
      "in_reply_to_user_id" : "700109112",
      "in_reply_to_user_id_str" : "700109112",
      "in_reply_to_screen_name" : "margarethayes56"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jason Bishop",
            "screen_name" : "bishopj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700071991",
            "id" : "700071991"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "273120450984891146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "273120450984891146",
      "created_at" : "Tue Nov 04 01:24:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@bishopj Miss you guys ❤️",
      "lang" : "en",
      "in_reply_to_status_id_str" : "633723727399164678",
      "in_reply_to_status_id" : "633723727399164678",
      "in_reply_to_user_id" : "700071991",
      "in_reply_to_user_id_str" : "700071991",
      "in_reply_to_screen_name" : "bishopj"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Betty Thorncombe",
            "screen_name" : "bettythorncombe47",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700025147",
            "id" : "700025147"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1138509820997119461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1138509820997119461",
      "created_at" : "Sun Nov 02 02:40:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@bettythorncombe47 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "898286980308166980",
      "in_reply_to_status_id" : "898286980308166980",
      "in_reply_to_user_id" : "700025147",
      "in_reply_to_user_id_str" : "700025147",
      "in_reply_to_screen_name" : "bettythorncombe47"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "4",
      "id_str" : "190502602254687256",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "190502602254687256",
      "created_at" : "Tue Oct 28 11:08:28 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "916569372743539345",
      "in_reply_to_status_id" : "916569372743539345",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "505209306831270486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "505209306831270486",
      "created_at" : "Fri Oct 24 00:15:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "495452849124251838",
      "in_reply_to_status_id" : "495452849124251838",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Germán González",
            "screen_name" : "germangonzalez",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "700046826",
            "id" : "700046826"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "35479589308340718",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "35479589308340718",
      "created_at" : "Mon Oct 20 02:46:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@germangonzalez Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "452989547584345134",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "452989547584345134",
      "created_at" : "Sun Oct 19 14:19:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "757860882336536851",
      "in_reply_to_status_id" : "757860882336536851",
      "in_reply_to_user_id" : "700102420",
      "in_reply_to_user_id_str" : "700102420",
      "in_reply_to_screen_name" : "gre64872"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "邓梓怡",
            "screen_name" : "c9821",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700078627",
            "id" : "700078627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "493738981418010127",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "493738981418010127",
      "created_at" : "Sat Oct 18 14:02:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@c9821 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ægir Bjørklund",
            "screen_name" : "girbjorklund",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700096701",
            "id" : "700096701"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "508664605750299882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "508664605750299882",
      "created_at" : "Tue Oct 14 04:07:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@girbjorklund Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "386728628901562863",
      "in_reply_to_status_id" : "386728628901562863",
      "in_reply_to_user_id" : "700096701",
      "in_reply_to_user_id_str" : "700096701",
      "in_reply_to_screen_name" : "girbjorklund"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "565285189936140020",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "565285189936140020",
      "created_at" : "Sat Oct 11 05:37:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "5",
      "id_str" : "923577090595504031",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "923577090595504031",
      "created_at" : "Fri Oct 03 05:23:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "754258914458619095",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "754258914458619095",
      "created_at" : "Tue Sep 30 06:32:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "1149073283826780988",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1149073283826780988",
      "created_at" : "Sun Sep 28 08:07:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "935987045095503415",
      "in_reply_to_status_id" : "935987045095503415",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jadwiga Michalak",
            "screen_name" : "jadwigamichalak86",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "700054323",
            "id" : "700054323"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "530010736910805249",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "530010736910805249",
      "created_at" : "Thu Sep 25 22:16:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@jadwigamichalak86 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ольга Некрев",
            "screen_name" : "683r",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700008417",
            "id" : "700008417"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "4",
      "id_str" : "122312071566606465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "122312071566606465",
      "created_at" : "Mon Sep 22 01:05:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@683r OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "605247037649545671",
      "in_reply_to_status_id" : "605247037649545671",
      "in_reply_to_user_id" : "700008417",
      "in_reply_to_user_id_str" : "700008417",
      "in_reply_to_screen_name" : "683r"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "679154328565594511",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "679154328565594511",
      "created_at" : "Mon Sep 08 03:50:59 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "341881717933879699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "341881717933879699",
      "created_at" : "Fri Sep 05 08:53:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1071165288957551404",
      "in_reply_to_status_id" : "1071165288957551404",
      "in_reply_to_user_id" : "700129839",
      "in_reply_to_user_id_str" : "700129839",
      "in_reply_to_screen_name" : "fernandogaranca"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Fernando Garanca",
            "screen_name" : "fernandogaranca",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700129839",
            "id" : "700129839"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "332684049437456005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "332684049437456005",
      "created_at" : "Fri Sep 05 01:53:33 +0000 2014",
      "favorited" : false,
      "full_text" : "@fernandogaranca I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "697215437395450622",
      "in_reply_to_status_id" : "697215437395450622",
      "in_reply_to_user_id" : "700129839",
      "in_reply_to_user_id_str" : "700129839",
      "in_reply_to_screen_name" : "fernandogaranca"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "542779025337762000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "542779025337762000",
      "created_at" : "Sun Aug 31 20:44:21 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "134178615884851581",
      "in_reply_to_status_id" : "134178615884851581",
      "in_reply_to_user_id" : "700108349",
      "in_reply_to_user_id_str" : "700108349",
      "in_reply_to_screen_name" : "ara.dev"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "266767093110602230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "266767093110602230",
      "created_at" : "Thu Aug 28 06:46:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Thanks so much 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Melissa Murphy",
            "screen_name" : "melissa81",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700135131",
            "id" : "700135131"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "307403002169610557",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "307403002169610557",
      "created_at" : "Sat Aug 16 05:15:39 +0000 2014",
      "favorited" : false,
      "full_text" : "@melissa81 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "632048253800925180",
      "in_reply_to_status_id" : "632048253800925180",
      "in_reply_to_user_id" : "700135131",
      "in_reply_to_user_id_str" : "700135131",
      "in_reply_to_screen_name" : "melissa81"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "855631314940913211",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "855631314940913211",
      "created_at" : "Wed Aug 13 13:26:37 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "872374222654689793",
      "in_reply_to_status_id" : "872374222654689793",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "3",
      "id_str" : "95594569641560169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "95594569641560169",
      "created_at" : "Tue Aug 12 08:07:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "280364073737779753",
      "in_reply_to_status_id" : "280364073737779753",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "806629276920589954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "806629276920589954",
      "created_at" : "Thu Aug 07 02:08:05 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Sounds good 👍",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sofía Ibáñez",
            "screen_name" : "sofia82",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700044509",
            "id" : "700044509"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "5",
      "id_str" : "1136646456552078557",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1136646456552078557",
      "created_at" : "Wed Aug 06 23:03:47 +0000 2014",
      "favorited" : false,
      "full_text" : "@sofia82 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "832726387036787499",
      "in_reply_to_status_id" : "832726387036787499",
      "in_reply_to_user_id" : "700044509",
      "in_reply_to_user_id_str" : "700044509",
      "in_reply_to_screen_name" : "sofia82"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "4",
      "id_str" : "585180821010158724",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "585180821010158724",
      "created_at" : "Sat Aug 02 03:09:23 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Good luck with the launch 🚀",
      "lang" : "en",
      "in_reply_to_status_id_str" : "590802589531827302",
      "in_reply_to_status_id" : "590802589531827302",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "209495602517603040",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "209495602517603040",
      "created_at" : "Thu Jul 31 18:18:24 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681326740978384872",
      "in_reply_to_status_id" : "681326740978384872",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "1051361696516664564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1051361696516664564",
      "created_at" : "Wed Jul 30 00:27:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi99 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "5",
      "id_str" : "113863175607664940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "113863175607664940",
      "created_at" : "Thu Jul 24 13:20:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "109337443471257182",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "109337443471257182",
      "created_at" : "Mon Jun 30 12:03:10 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "565629403020784482",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "565629403020784482",
      "created_at" : "Fri Jun 27 20:06:50 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Sounds good 👍",
      "lang" : "en",
      "in_reply_to_status_id_str" : "737361413079433737",
      "in_reply_to_status_id" : "737361413079433737",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "495527846352534362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "495527846352534362",
      "created_at" : "Tue Jun 24 10:54:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "526576343392763790",
      "in_reply_to_status_id" : "526576343392763790",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "981669719130971347",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "981669719130971347",
      "created_at" : "Mon Jun 16 15:35:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Here is the link",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "2",
      "id_str" : "553862442905459856",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "553862442905459856",
      "created_at" : "Sun Jun 15 08:26:52 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 ありがとう！",
      "lang" : "en",
      "in_reply_to_status_id_str" : "147458420414886436",
      "in_reply_to_status_id" : "147458420414886436",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "4",
      "id_str" : "852593806023797514",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "852593806023797514",
      "created_at" : "Tue Jun 10 23:03:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "244208679726494684",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "244208679726494684",
      "created_at" : "Thu Jun 05 17:20:30 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "419459706243064983",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "419459706243064983",
      "created_at" : "Thu Jun 05 15:55:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "سارة الكريم",
            "screen_name" : "ara.dev",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700108349",
            "id" : "700108349"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "276793708112306487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "276793708112306487",
      "created_at" : "Wed Jun 04 07:32:19 +0000 2014",
      "favorited" : false,
      "full_text" : "@ara.dev Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Emily Allen",
            "screen_name" : "allene",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700092389",
            "id" : "700092389"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "2",
      "id_str" : "212998340647226889",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "212998340647226889",
      "created_at" : "Thu May 29 20:06:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@allene OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Christopher Blackley",
            "screen_name" : "christopher.dev",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700001627",
            "id" : "700001627"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "386337390593945163",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "386337390593945163",
      "created_at" : "Sun May 25 21:28:56 +0000 2014",
      "favorited" : false,
      "full_text" : "@christopher.dev Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "2",
      "id_str" : "158744025606641962",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "158744025606641962",
      "created_at" : "Tue May 20 10:40:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Miss you guys ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "44386553366326220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "44386553366326220",
      "created_at" : "Mon May 19 03:48:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "754139561046358273",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "754139561046358273",
      "created_at" : "Sun May 18 14:38:00 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "231450347267707606",
      "in_reply_to_status_id" : "231450347267707606",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Γιωργάκης Μαυρίτης",
            "screen_name" : "gre64872",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700102420",
            "id" : "700102420"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "47423351879395760",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "47423351879395760",
      "created_at" : "Sun May 04 07:32:11 +0000 2014",
      "favorited" : false,
      "full_text" : "@gre64872 Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "727729126720221506",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "727729126720221506",
      "created_at" : "Thu May 01 19:17:53 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "776869091363912310",
      "in_reply_to_status_id" : "776869091363912310",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "721272996629359253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "721272996629359253",
      "created_at" : "Fri Apr 25 02:23:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Hi! How are you?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "826497440176327461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "826497440176327461",
      "created_at" : "Mon Apr 21 18:14:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1144056481768144835",
      "in_reply_to_status_id" : "1144056481768144835",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "746481198199499601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "746481198199499601",
      "created_at" : "Thu Apr 17 08:51:15 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "吉本蓮人",
            "screen_name" : "279j",
            "indices" : [
              "0",
              "5"
            ],
            "id_str" : "700152134",
            "id" : "700152134"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "492350053580258893",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "492350053580258893",
      "created_at" : "Wed Apr 16 10:46:41 +0000 2014",
      "favorited" : false,
      "full_text" : "@279j Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "625509393112211969",
      "in_reply_to_status_id" : "625509393112211969",
      "in_reply_to_user_id" : "700152134",
      "in_reply_to_user_id_str" : "700152134",
      "in_reply_to_screen_name" : "279j"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "316075069736893438",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "316075069736893438",
      "created_at" : "Tue Apr 15 02:10:51 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Miss you guys ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "888137087741060482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888137087741060482",
      "created_at" : "Sat Apr 05 23:28:17 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "353121263451588832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "353121263451588832",
      "created_at" : "Thu Apr 03 08:13:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Merci beaucoup !",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "35077420754591672",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "35077420754591672",
      "created_at" : "Fri Mar 14 17:37:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "6",
      "id_str" : "975932810265646603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "975932810265646603",
      "created_at" : "Thu Mar 13 02:41:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "673757615820184776",
      "in_reply_to_status_id" : "673757615820184776",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "948210926548175512",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "948210926548175512",
      "created_at" : "Mon Mar 10 14:48:58 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Let's catch up soon",
      "lang" : "en",
      "in_reply_to_status_id_str" : "940569364345800392",
      "in_reply_to_status_id" : "940569364345800392",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "265648507428697546",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "265648507428697546",
      "created_at" : "Sun Mar 09 22:34:12 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "2",
      "id_str" : "290768689169061150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "290768689169061150",
      "created_at" : "Sun Mar 09 01:56:31 +0000 2014",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Daniel Hathermore",
            "screen_name" : "dan_hat5",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700014402",
            "id" : "700014402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "260581179951592972",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "260581179951592972",
      "created_at" : "Sat Mar 08 14:36:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@dan_hat5 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "721449417559554141",
      "in_reply_to_status_id" : "721449417559554141",
      "in_reply_to_user_id" : "700014402",
      "in_reply_to_user_id_str" : "700014402",
      "in_reply_to_screen_name" : "dan_hat5"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "267137806106837243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "267137806106837243",
      "created_at" : "Tue Mar 04 21:30:46 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "164619223014346308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "164619223014346308",
      "created_at" : "Fri Feb 28 15:45:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "550046176291171316",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "550046176291171316",
      "created_at" : "Fri Feb 28 04:17:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Gracias, igualmente",
      "lang" : "en",
      "in_reply_to_status_id_str" : "460579722229540323",
      "in_reply_to_status_id" : "460579722229540323",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "郑雨涵",
            "screen_name" : "chi05410",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700007850",
            "id" : "700007850"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "id_str" : "5505445262266317",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "5505445262266317",
      "created_at" : "Tue Feb 25 03:35:40 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi05410 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "56887757896841879",
      "in_reply_to_status_id" : "56887757896841879",
      "in_reply_to_user_id" : "700007850",
      "in_reply_to_user_id_str" : "700007850",
      "in_reply_to_screen_name" : "chi05410"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "952182589662270637",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "952182589662270637",
      "created_at" : "Mon Feb 24 04:00:18 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir OK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "674839480974367821",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "674839480974367821",
      "created_at" : "Sun Feb 23 06:24:26 +0000 2014",
      "favorited" : false,
      "full_text" : "@chi99 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Thân Phương Hương",
            "screen_name" : "phuonghuongthan",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "700041072",
            "id" : "700041072"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "1005307443577765447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1005307443577765447",
      "created_at" : "Fri Feb 21 05:37:06 +0000 2014",
      "favorited" : false,
      "full_text" : "@phuonghuongthan Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "367897836037966984",
      "in_reply_to_status_id" : "367897836037966984",
      "in_reply_to_user_id" : "700041072",
      "in_reply_to_user_id_str" : "700041072",
      "in_reply_to_screen_name" : "phuonghuongthan"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "id_str" : "125279388956827521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "125279388956827521",
      "created_at" : "Mon Feb 17 21:26:13 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "832087143097482855",
      "in_reply_to_status_id" : "832087143097482855",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Елена Щербова",
            "screen_name" : "r27592",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700145253",
            "id" : "700145253"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "950099832710643421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "950099832710643421",
      "created_at" : "Sun Feb 16 00:44:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@r27592 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "972975005243145181",
      "in_reply_to_status_id" : "972975005243145181",
      "in_reply_to_user_id" : "700145253",
      "in_reply_to_user_id_str" : "700145253",
      "in_reply_to_screen_name" : "r27592"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Elena Esero",
            "screen_name" : "eesero1",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700077129",
            "id" : "700077129"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "1",
      "id_str" : "668151007316909535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "668151007316909535",
      "created_at" : "Tue Feb 11 21:59:01 +0000 2014",
      "favorited" : false,
      "full_text" : "@eesero1 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "72980615060504445",
      "in_reply_to_status_id" : "72980615060504445",
      "in_reply_to_user_id" : "700077129",
      "in_reply_to_user_id_str" : "700077129",
      "in_reply_to_screen_name" : "eesero1"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "813027394927179135",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "813027394927179135",
      "created_at" : "Sun Feb 09 03:23:36 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "1057656648315730933",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1057656648315730933",
      "created_at" : "Sat Feb 08 22:20:02 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "288932652812330995",
      "in_reply_to_status_id" : "288932652812330995",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "871835296924177902",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "871835296924177902",
      "created_at" : "Fri Feb 07 12:45:42 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "379121212144532683",
      "in_reply_to_status_id" : "379121212144532683",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sébastien Vauville ✨",
            "screen_name" : "sebastien_vauville",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700041625",
            "id" : "700041625"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "46591465493566533",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "46591465493566533",
      "created_at" : "Fri Jan 31 03:52:35 +0000 2014",
      "favorited" : false,
      "full_text" : "@sebastien_vauville Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "941726998591079634",
      "in_reply_to_status_id" : "941726998591079634",
      "in_reply_to_user_id" : "700041625",
      "in_reply_to_user_id_str" : "700041625",
      "in_reply_to_screen_name" : "sebastien_vauville"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "479383684663395961",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "479383684663395961",
      "created_at" : "Mon Jan 27 08:01:49 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Did you see the article I posted?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "980537471472891744",
      "in_reply_to_status_id" : "980537471472891744",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "163646409872577966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "163646409872577966",
      "created_at" : "Sat Jan 25 20:51:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "743083645551149102",
      "in_reply_to_status_id" : "743083645551149102",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1043581459879994182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1043581459879994182",
      "created_at" : "Thu Jan 16 09:51:57 +0000 2014",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir Спасибо, увидимся",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1139971753427421580",
      "in_reply_to_status_id" : "1139971753427421580",
      "in_reply_to_user_id" : "700069933",
      "in_reply_to_user_id_str" : "700069933",
      "in_reply_to_screen_name" : "nathalie_clairnoir"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "243554189946627891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "243554189946627891",
      "created_at" : "Sun Jan 12 12:23:34 +0000 2014",
      "favorited" : false,
      "full_text" : "@vargam I'll call you later",
      "lang" : "en",
      "in_reply_to_status_id_str" : "839632806870584343",
      "in_reply_to_status_id" : "839632806870584343",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "536823477859220216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "536823477859220216",
      "created_at" : "Mon Dec 30 13:51:22 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "866489830093661434",
      "in_reply_to_status_id" : "866489830093661434",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "845852497547358774",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "845852497547358774",
      "created_at" : "Thu Dec 26 01:30:50 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1105049454834270856",
      "in_reply_to_status_id" : "1105049454834270856",
      "in_reply_to_user_id" : "700024293",
      "in_reply_to_user_id_str" : "700024293",
      "in_reply_to_screen_name" : "rus_05348"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nathalie Clairnoir",
            "screen_name" : "nathalie_clairnoir",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "700069933",
            "id" : "700069933"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "169897971097702649",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "169897971097702649",
      "created_at" : "Sat Dec 21 06:44:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@nathalie_clairnoir I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "999995021125728331",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "999995021125728331",
      "created_at" : "Fri Dec 20 14:19:10 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "川村結斗",
            "screen_name" : "jap98981",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112584",
            "id" : "700112584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "202413822218702406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "202413822218702406",
      "created_at" : "Thu Dec 19 03:35:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap98981 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "334869407123752686",
      "in_reply_to_status_id" : "334869407123752686",
      "in_reply_to_user_id" : "700112584",
      "in_reply_to_user_id_str" : "700112584",
      "in_reply_to_screen_name" : "jap98981"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "川村結斗",
            "screen_name" : "jap98981",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700112584",
            "id" : "700112584"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "317439216385341324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "317439216385341324",
      "created_at" : "Tue Dec 17 13:04:33 +0000 2013",
      "favorited" : false,
      "full_text" : "@jap98981 धन्यवाद",
      "lang" : "en",
      "in_reply_to_status_id_str" : "416695804907895236",
      "in_reply_to_status_id" : "416695804907895236",
      "in_reply_to_user_id" : "700112584",
      "in_reply_to_user_id_str" : "700112584",
      "in_reply_to_screen_name" : "jap98981"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "118254333979054759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "118254333979054759",
      "created_at" : "Fri Dec 13 08:28:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Interesting point, I agree",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "629126517923669929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "629126517923669929",
      "created_at" : "Tue Dec 10 10:01:28 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "654093289989845933",
      "in_reply_to_status_id" : "654093289989845933",
      "in_reply_to_user_id" : "700024293",
      "in_reply_to_user_id_str" : "700024293",
      "in_reply_to_screen_name" : "rus_05348"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "4",
      "id_str" : "959335129320230639",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "959335129320230639",
      "created_at" : "Mon Dec 09 13:35:49 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "424423480059262747",
      "in_reply_to_status_id" : "424423480059262747",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "262603869616781019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "262603869616781019",
      "created_at" : "Sun Dec 08 05:20:07 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam I'll call you later",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Varga Margit",
            "screen_name" : "vargam",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700042521",
            "id" : "700042521"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "175447798300653314",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "175447798300653314",
      "created_at" : "Mon Dec 02 23:06:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@vargam See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1054583081973383299",
      "in_reply_to_status_id" : "1054583081973383299",
      "in_reply_to_user_id" : "700042521",
      "in_reply_to_user_id_str" : "700042521",
      "in_reply_to_screen_name" : "vargam"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "1073310875992192587",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1073310875992192587",
      "created_at" : "Tue Nov 05 06:13:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Interesting point, I agree",
      "lang" : "en",
      "in_reply_to_status_id_str" : "859964956612692135",
      "in_reply_to_status_id" : "859964956612692135",
      "in_reply_to_user_id" : "700072530",
      "in_reply_to_user_id_str" : "700072530",
      "in_reply_to_screen_name" : "pedro_galedo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "408998706342212460",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "408998706342212460",
      "created_at" : "Wed Oct 30 07:00:42 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Михаил Тихова",
            "screen_name" : "rus_05348",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "700024293",
            "id" : "700024293"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "2",
      "id_str" : "555047186352263576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "555047186352263576",
      "created_at" : "Tue Oct 22 21:25:01 +0000 2013",
      "favorited" : false,
      "full_text" : "@rus_05348 ありがとう！",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gosia Górewski",
            "screen_name" : "malgorzata_gorewski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700056990",
            "id" : "700056990"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "1",
      "id_str" : "462744825718816840",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "462744825718816840",
      "created_at" : "Fri Oct 04 18:24:39 +0000 2013",
      "favorited" : false,
      "full_text" : "@malgorzata_gorewski Did you see the article I posted?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susan Bradridge",
            "screen_name" : "susan72",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700014535",
            "id" : "700014535"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "256165881772659000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "256165881772659000",
      "created_at" : "Sun Sep 15 09:36:13 +0000 2013",
      "favorited" : false,
      "full_text" : "@susan72 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "421694645366468996",
      "in_reply_to_status_id" : "421694645366468996",
      "in_reply_to_user_id" : "700014535",
      "in_reply_to_user_id_str" : "700014535",
      "in_reply_to_screen_name" : "susan72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Isabel Zamado",
            "screen_name" : "isabel.real",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700146541",
            "id" : "700146541"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "607841541297154575",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "607841541297154575",
      "created_at" : "Mon Sep 09 02:37:19 +0000 2013",
      "favorited" : false,
      "full_text" : "@isabel.real Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Susan Bradridge",
            "screen_name" : "susan72",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "700014535",
            "id" : "700014535"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "777419109357613832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "777419109357613832",
      "created_at" : "Fri Sep 06 13:35:45 +0000 2013",
      "favorited" : false,
      "full_text" : "@susan72 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "178270631113284740",
      "in_reply_to_status_id" : "178270631113284740",
      "in_reply_to_user_id" : "700014535",
      "in_reply_to_user_id_str" : "700014535",
      "in_reply_to_screen_name" : "susan72"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellersley",
            "screen_name" : "benjaminellersley35",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700024986",
            "id" : "700024986"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "4",
      "id_str" : "708158203686488174",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "708158203686488174",
      "created_at" : "Sat Aug 31 02:53:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@benjaminellersley35 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "621647706282931718",
      "in_reply_to_status_id" : "621647706282931718",
      "in_reply_to_user_id" : "700024986",
      "in_reply_to_user_id_str" : "700024986",
      "in_reply_to_screen_name" : "benjaminellersley35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "472564268886846767",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "472564268886846767",
      "created_at" : "Thu Aug 15 10:01:03 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo ¿Qué tal todo?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1073333336511955183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1073333336511955183",
      "created_at" : "Tue Aug 13 11:36:34 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Gracias, igualmente",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ياسمين أبو حربي",
            "screen_name" : "ara713",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "700148235",
            "id" : "700148235"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "429834333735756141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "429834333735756141",
      "created_at" : "Thu Aug 08 18:05:11 +0000 2013",
      "favorited" : false,
      "full_text" : "@ara713 Can you send me the slides?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "550621805074473529",
      "in_reply_to_status_id" : "550621805074473529",
      "in_reply_to_user_id" : "700148235",
      "in_reply_to_user_id_str" : "700148235",
      "in_reply_to_screen_name" : "ara713"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "1089720295063336875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1089720295063336875",
      "created_at" : "Fri Aug 02 01:52:57 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Çok teşekkürler",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gosia Górewski",
            "screen_name" : "malgorzata_gorewski",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700056990",
            "id" : "700056990"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "2",
      "id_str" : "998745286097145145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "998745286097145145",
      "created_at" : "Fri Jul 12 22:50:00 +0000 2013",
      "favorited" : false,
      "full_text" : "@malgorzata_gorewski Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maja Ødegård",
            "screen_name" : "majaodegard3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133402",
            "id" : "700133402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "484168051437944095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "484168051437944095",
      "created_at" : "Sun Jun 30 06:37:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@majaodegard3 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "942897355045275489",
      "in_reply_to_status_id" : "942897355045275489",
      "in_reply_to_user_id" : "700133402",
      "in_reply_to_user_id_str" : "700133402",
      "in_reply_to_screen_name" : "majaodegard3"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "309178338668053405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "309178338668053405",
      "created_at" : "Sun Jun 23 19:21:44 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "2",
      "id_str" : "615702790151003712",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "615702790151003712",
      "created_at" : "Thu Jun 20 10:37:18 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "291947231044245391",
      "in_reply_to_status_id" : "291947231044245391",
      "in_reply_to_user_id" : "700072530",
      "in_reply_to_user_id_str" : "700072530",
      "in_reply_to_screen_name" : "pedro_galedo"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "周浩洋",
            "screen_name" : "chi99",
            "indices" : [
              "0",
              "6"
            ],
            "id_str" : "700080797",
            "id" : "700080797"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "960763648738211256",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "960763648738211256",
      "created_at" : "Thu Jun 13 21:43:46 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi99 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "937721210788347241",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "937721210788347241",
      "created_at" : "Tue Jun 04 11:47:33 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Sorry, running late",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "731869309148900561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "731869309148900561",
      "created_at" : "Thu May 16 17:33:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Great talk yesterday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Benjamin Ellersley",
            "screen_name" : "benjaminellersley35",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "700024986",
            "id" : "700024986"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "1",
      "id_str" : "741210139817273337",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "741210139817273337",
      "created_at" : "Fri May 10 14:59:50 +0000 2013",
      "favorited" : false,
      "full_text" : "@benjaminellersley35 Sorry, running late",
      "lang" : "en",
      "in_reply_to_status_id_str" : "281612309996783445",
      "in_reply_to_status_id" : "281612309996783445",
      "in_reply_to_user_id" : "700024986",
      "in_reply_to_user_id_str" : "700024986",
      "in_reply_to_screen_name" : "benjaminellersley35"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "333720422644285889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "333720422644285889",
      "created_at" : "Tue May 07 20:36:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Hi! How are you?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "317934778619511090",
      "in_reply_to_status_id" : "317934778619511090",
      "in_reply_to_user_id" : "700093810",
      "in_reply_to_user_id_str" : "700093810",
      "in_reply_to_screen_name" : "chi31719"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Pedro Galedo",
            "screen_name" : "pedro_galedo",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700072530",
            "id" : "700072530"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "862732112068770205",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "862732112068770205",
      "created_at" : "Sun May 05 23:06:23 +0000 2013",
      "favorited" : false,
      "full_text" : "@pedro_galedo Are you coming on Saturday?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Michał Sokecki",
            "screen_name" : "sokeckim",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700076135",
            "id" : "700076135"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "750382357820693570",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "750382357820693570",
      "created_at" : "Sun May 05 16:33:06 +0000 2013",
      "favorited" : false,
      "full_text" : "@sokeckim Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "538401703956937300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "538401703956937300",
      "created_at" : "Wed Apr 10 09:53:54 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "522176118625753668",
      "in_reply_to_status_id" : "522176118625753668",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "夏晓华",
            "screen_name" : "chi31719",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "700093810",
            "id" : "700093810"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "116337570401997334",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "116337570401997334",
      "created_at" : "Sun Apr 07 05:44:37 +0000 2013",
      "favorited" : false,
      "full_text" : "@chi31719 Yes, works for me",
      "lang" : "en",
      "in_reply_to_status_id_str" : "989986731537338248",
      "in_reply_to_status_id" : "989986731537338248",
      "in_reply_to_user_id" : "700093810",
      "in_reply_to_user_id_str" : "700093810",
      "in_reply_to_screen_name" : "chi31719"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "57349630876421984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "57349630876421984",
      "created_at" : "Mon Mar 18 20:31:43 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Here is the link",
      "lang" : "en",
      "in_reply_to_status_id_str" : "232482708588357824",
      "in_reply_to_status_id" : "232482708588357824",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Isabel Zamado",
            "screen_name" : "isabel.real",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "700146541",
            "id" : "700146541"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "562246451955015085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "562246451955015085",
      "created_at" : "Thu Feb 28 18:12:47 +0000 2013",
      "favorited" : false,
      "full_text" : "@isabel.real Let's catch up soon",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "580665850590649515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "580665850590649515",
      "created_at" : "Wed Jan 02 07:44:32 +0000 2013",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 Long time no see!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "681283711248082072",
      "in_reply_to_status_id" : "681283711248082072",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "2",
      "id_str" : "1107649666681614406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1107649666681614406",
      "created_at" : "Tue Jan 01 02:29:29 +0000 2013",
      "favorited" : false,
      "full_text" : "@cmarales97 Yes, works for me",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "979574808192268867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "979574808192268867",
      "created_at" : "Sat Dec 15 16:25:59 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 OK",
      "lang" : "en",
      "in_reply_to_status_id_str" : "117685868433372712",
      "in_reply_to_status_id" : "117685868433372712",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "1012986484845114630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1012986484845114630",
      "created_at" : "Tue Dec 04 20:33:37 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 Welcome to the team!",
      "lang" : "en",
      "in_reply_to_status_id_str" : "87228027404389872",
      "in_reply_to_status_id" : "87228027404389872",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Carlos Marales",
            "screen_name" : "cmarales97",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "700124540",
            "id" : "700124540"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "131078638709813885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "131078638709813885",
      "created_at" : "Thu Nov 29 14:41:02 +0000 2012",
      "favorited" : false,
      "full_text" : "@cmarales97 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "469043989071545586",
      "in_reply_to_status_id" : "469043989071545586",
      "in_reply_to_user_id" : "700124540",
      "in_reply_to_user_id_str" : "700124540",
      "in_reply_to_screen_name" : "cmarales97"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maja Ødegård",
            "screen_name" : "majaodegard3",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700133402",
            "id" : "700133402"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "728944373451026904",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "728944373451026904",
      "created_at" : "Thu Nov 01 03:31:51 +0000 2012",
      "favorited" : false,
      "full_text" : "@majaodegard3 Are you coming on Saturday?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "568894781135313096",
      "in_reply_to_status_id" : "568894781135313096",
      "in_reply_to_user_id" : "700133402",
      "in_reply_to_user_id_str" : "700133402",
      "in_reply_to_screen_name" : "majaodegard3"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "586278334173753136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "586278334173753136",
      "created_at" : "Fri Jun 08 13:42:59 +0000 2012",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 See you tomorrow",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1040865445592901501",
      "in_reply_to_status_id" : "1040865445592901501",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Gökhan Yılmaz",
            "screen_name" : "gokhan_yil64",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "700054771",
            "id" : "700054771"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "523433232338687072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "523433232338687072",
      "created_at" : "Sun Jun 03 13:44:02 +0000 2012",
      "favorited" : false,
      "full_text" : "@gokhan_yil64 Great talk yesterday",
      "lang" : "en",
      "in_reply_to_status_id_str" : "41556403396556226",
      "in_reply_to_status_id" : "41556403396556226",
      "in_reply_to_user_id" : "700054771",
      "in_reply_to_user_id_str" : "700054771",
      "in_reply_to_screen_name" : "gokhan_yil64"
    }
  }
]